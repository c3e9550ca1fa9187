import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/mocks/node';
import { runFixture } from '@/testing/run-fixture';
import { api, getJson, setUnauthorizedHandler } from './api-client';
import { ApiError } from './api-error';
import { useRateLimit } from './rate-limit';
import { useSession } from './session';

const BASE = 'http://api.test/api/v1';

const run = runFixture({ status: 'fail', started_at: null, completed_at: null });

const getRun = () => getJson('Run', (init) => api.GET('/runs/{run_id}', { ...init, params: { path: { run_id: 9461 } } }));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

beforeEach(() => useSession.setState({ token: 'secret-token', apiBaseUrl: BASE }));

describe('api client', () => {
  it('sends the bearer token and returns a validated body', async () => {
    let auth: string | null = null;
    server.use(
      http.get(`${BASE}/runs/9461`, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json(run, {
          headers: { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '17', 'X-RateLimit-Reset': '1800000000' },
        });
      }),
    );
    await expect(getRun()).resolves.toMatchObject({ run_id: 9461, status: 'fail' });
    expect(auth).toBe('Bearer secret-token');
    expect(useRateLimit.getState()).toMatchObject({ limit: 120, remaining: 17 });
  });

  it('never passes the token on in an error message a server echoed', async () => {
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json(
          { code: 'internal_error', message: 'Upstream rejected Authorization: Bearer secret-token (secret-token)', details: {} },
          { status: 500 },
        ),
      ),
    );
    const error = await failure(getRun());
    expect(error.message).toBe('Upstream rejected Authorization: Bearer [token] ([token])');
  });

  it('turns a body that breaks the contract into invalid_response', async () => {
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.json({ ...run, status: 42 })));
    const error = await failure(getRun());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('Run /status must be string');
  });

  it('passes a status it does not know on as it came, and a run without an id stays an error', async () => {
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.json({ ...run, status: 'exploded' })));
    await expect(getRun()).resolves.toMatchObject({ status: 'exploded' });
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.json({ ...run, run_id: undefined })));
    expect((await failure(getRun())).message).toContain("must have required property 'run_id'");
  });

  it('keeps the good items of a page and lists each malformed one with what was wrong', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pagination = { limit: 50, offset: 50, total: 53, next_offset: null };
    server.use(
      http.get(`${BASE}/runs`, () =>
        HttpResponse.json({
          data: [run, { ...run, run_id: 9462, platform: 7 }, { ...run, run_id: 9463, status: 'error' }, 'junk'],
          pagination,
        }),
      ),
    );
    const page = await getJson('RunPage', (init) => api.GET('/runs', init));
    expect(page.data.map((r) => [r.run_id, r.status])).toEqual([
      [9461, 'fail'],
      [9463, 'error'],
    ]);
    expect(page.malformed).toEqual([
      { position: 52, id: 9462, problem: '/platform must be string' },
      { position: 54, id: null, problem: 'must be object' },
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('2 malformed item(s)'));
  });

  it('turns a body that is not JSON into invalid_response', async () => {
    server.use(http.get(`${BASE}/runs/9461`, () => new HttpResponse('{"run_id": 94', { headers: { 'Content-Type': 'application/json' } })));
    expect((await failure(getRun())).code).toBe('invalid_response');
  });

  it('keeps the API error code, message and details', async () => {
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json({ code: 'not_found', message: 'Run 9461 not found', details: { resource: 'run', id: 9461 } }, { status: 404 }),
      ),
    );
    const error = await failure(getRun());
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'Run 9461 not found', details: { resource: 'run', id: 9461 } });
  });

  it('reads Retry-After on 429', async () => {
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json(
          { code: 'rate_limited', message: 'Slow down', details: { retry_after: 30, limit: 120, window: '60s' } },
          { status: 429, headers: { 'Retry-After': '2' } },
        ),
      ),
    );
    expect(await failure(getRun())).toMatchObject({ code: 'rate_limited', retryAfter: 2 });
  });

  it('describes an HTML proxy page without showing it', async () => {
    server.use(
      http.get(
        `${BASE}/runs/9461`,
        () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await failure(getRun());
    expect(error).toMatchObject({ status: 502, code: 'http_error' });
    expect(error.message).toContain('HTML page');
    expect(error.message).not.toContain('<html>');
  });

  it('says the server could not be reached on a network failure, without the token', async () => {
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.error()));
    const error = await failure(getRun());
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
    expect(error.message).toContain('http://api.test');
    expect(error.message).not.toContain('secret-token');
  });

  it('tells the app about a 401 during a session', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json({ code: 'unauthorized', message: 'Token expired', details: {} }, { status: 401 }),
      ),
    );
    expect((await failure(getRun())).code).toBe('unauthorized');
    expect(handler).toHaveBeenCalledTimes(1);
    setUnauthorizedHandler(() => {});
  });
});

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
        return HttpResponse.json(run, { headers: { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '17', 'X-RateLimit-Reset': '1800000000' } });
      }),
    );
    await expect(getRun()).resolves.toMatchObject({ run_id: 9461, status: 'fail' });
    expect(auth).toBe('Bearer secret-token');
    expect(useRateLimit.getState()).toMatchObject({ limit: 120, remaining: 17 });
  });

  it('never passes the token on in an error message a server echoed', async () => {
    server.use(
      http.get(`${BASE}/runs/9461`, () =>
        HttpResponse.json({ code: 'internal_error', message: 'Upstream rejected Authorization: Bearer secret-token (secret-token)', details: {} }, { status: 500 }),
      ),
    );
    const error = await failure(getRun());
    expect(error.message).toBe('Upstream rejected Authorization: Bearer [token] ([token])');
  });

  it('turns a body that breaks the contract into invalid_response', async () => {
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.json({ ...run, status: 'exploded' })));
    const error = await failure(getRun());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('/status');
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
    server.use(http.get(`${BASE}/runs/9461`, () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' })));
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

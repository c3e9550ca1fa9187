// The mock API over real HTTP: CORS as a browser on another origin needs it, auth, and one listed run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';
import { startMockApi, type MockApi } from './mock-api';

let api: MockApi;
const auth = { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` };
const root = () => api.url.replace(/\/api\/v1$/, '');

beforeAll(async () => {
  api = await startMockApi({ port: 0 });
});
afterAll(() => api.close());

describe('mock API server', () => {
  it('listens on 127.0.0.1 at /api/v1 and reports health', async () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const health = await fetch(`${root()}/__health`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
  });

  it('answers CORS preflight for any origin', async () => {
    const response = await fetch(`${api.url}/runs`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/Content-Type/);
    expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/GET/);
    expect(Number(response.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0);
  });

  it('answers 401 without a token, with CORS and rate-limit headers exposed', async () => {
    const response = await fetch(`${api.url}/runs`, { headers: { Origin: 'http://localhost:5173' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'unauthorized', details: {} });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
    for (const name of ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Location'])
      expect(exposed).toContain(name);
    expect(response.headers.get('X-RateLimit-Limit')).toBe('120');
  });

  it('lists runs', async () => {
    const response = await fetch(`${api.url}/runs?limit=1`, { headers: auth });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { data: { run_id: number }[]; pagination: { total: number } };
    expect(page.data[0]?.run_id).toBe(scenarios.runs.newest);
    expect(page.pagination.total).toBe(scenarios.runs.total);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('keeps CORS on 303s and 404s, and resets its one-time 429', async () => {
    const s = scenarios.matched;
    const path = `${api.url}/runs/${s.runId}/samples/${s.sampleId}/regression-tests/${s.regressionId}/outputs/${s.outputId}/actual?format=text`;
    const redirect = await fetch(path, { headers: auth, redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('Location')).toBe(path.replace(/actual\?/, 'expected?'));
    expect(redirect.headers.get('Access-Control-Allow-Origin')).toBe('*');

    const unknown = await fetch(`${root()}/no-such-route`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await unknown.json()).toMatchObject({ code: 'not_found' });

    // An unknown route under the API prefix: the platform's JSON 404, without X-RateLimit-* headers.
    const unknownApi = await fetch(`${api.url}/no-such-route`, { headers: auth });
    expect(unknownApi.status).toBe(404);
    expect(await unknownApi.json()).toEqual({ code: 'not_found', details: {}, message: 'Resource not found.' });
    expect(unknownApi.headers.get('Access-Control-Allow-Origin')).toBe('*');
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'])
      expect(unknownApi.headers.has(name)).toBe(false);

    const r = scenarios.rateLimited;
    const actual = `${api.url}/runs/${r.runId}/samples/${r.sampleId}/actual?regression_id=${r.regressionId}&output_id=${r.outputId}`;
    expect((await fetch(actual, { headers: auth })).status).toBe(429);
    expect((await fetch(actual, { headers: auth })).status).toBe(200);
    expect((await fetch(`${root()}/__reset`, { method: 'POST' })).status).toBe(204);
    const again = await fetch(actual, { headers: auth });
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('2');
    // A reset for one token leaves the others' states: e2e tests signed in with other tokens run beside it.
    const resetFor = (token: string) => fetch(`${root()}/__reset?token=${encodeURIComponent(token)}`, { method: 'POST' });
    expect((await resetFor(DEMO_ADMIN_TOKEN)).status).toBe(204);
    expect((await fetch(actual, { headers: auth })).status).toBe(200);
    expect((await resetFor(DEMO_MAINTAINER_TOKEN)).status).toBe(204);
    expect((await fetch(actual, { headers: auth })).status).toBe(429);
  });

  it('answers the platform-style runs as the platform does: a relative 303, and 404 not_found with rate-limit headers', async () => {
    const m = scenarios.platform.matched;
    const path = `/runs/${m.runId}/samples/${m.sampleId}/regression-tests/${m.regressionId}/outputs/${m.outputId}`;
    const redirect = await fetch(`${api.url}${path}/actual?format=text`, { headers: auth, redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('Location')).toBe(`/api/v1${path}/expected?format=text`);
    expect(redirect.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(redirect.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const followed = await fetch(`${api.url}${path}/actual?format=text`, { headers: auth });
    expect(followed.redirected).toBe(true);
    expect(followed.status).toBe(200);
    expect(((await followed.json()) as { output_id: number }).output_id).toBe(m.outputId);

    const s = scenarios.platform.missingOutput;
    const missing = await fetch(
      `${api.url}/runs/${s.runId}/samples/${s.sampleId}/regression-tests/${s.regressionId}/outputs/${s.outputId}/expected`,
      { headers: auth },
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'not_found', details: {}, message: `No result for regression test ${s.regressionId}.` });
    expect(missing.headers.get('X-RateLimit-Limit')).toBe('120');

    const error = await fetch(`${api.url}/runs/${scenarios.platform.errorRunId}/samples`, { headers: auth });
    expect(((await error.json()) as { data: unknown[] }).data).toEqual([]);
  });
});

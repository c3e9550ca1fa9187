// Fault injection over real HTTP: each fault as a client sees it, scoped to a token, and the request log.
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAjv, schemaRef } from './lib/api-schema';
import { readFileSync } from 'node:fs';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';
import { startMockApi, type MockApi } from './mock-api';
import { tokenTag } from './lib/faults';

let api: MockApi;
const TOKEN = DEMO_ADMIN_TOKEN;
const auth = (token = TOKEN) => ({ Authorization: `Bearer ${token}` });
const root = () => api.url.replace(/\/api\/v1$/, '');
const ajv = createAjv(readFileSync(new URL('../src/api/openapi.yaml', import.meta.url), 'utf8'));
const valid = (schema: string, body: unknown) => ajv.getSchema(schemaRef(schema))?.(body) === true;

async function arm(rules: unknown): Promise<Response> {
  return fetch(`${root()}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rules) });
}

beforeAll(async () => {
  api = await startMockApi({ port: 0 });
});
afterEach(async () => {
  await fetch(`${root()}/__faults`, { method: 'DELETE' });
  await fetch(`${root()}/__requests`, { method: 'DELETE' });
});
afterAll(() => api.close());

const s = scenarios.differs;
const actualUrl = () =>
  `${api.url}/runs/${s.runId}/samples/${s.sampleId}/actual?regression_id=${s.regressionId}&output_id=${s.outputId}&format=text`;

describe('fault injection', () => {
  it('rejects malformed rules with a 400', async () => {
    const response = await arm([{ fault: 'teapot' }]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/fault must be one of/);
  });

  it('answers an HTML 500 and an empty 502, with CORS, only to the scoped token and only `times` times', async () => {
    expect(
      (
        await arm([
          { path: '/runs/*', token: TOKEN, fault: 'html500', times: 1 },
          { path: '/runs/*', token: TOKEN, fault: 'empty502', times: 1 },
        ])
      ).status,
    ).toBe(201);
    expect((await fetch(`${api.url}/runs/9461`, { headers: auth(DEMO_MAINTAINER_TOKEN) })).status).toBe(200);
    const html = await fetch(`${api.url}/runs/9461`, { headers: auth() });
    expect(html.status).toBe(500);
    expect(html.headers.get('Content-Type')).toBe('text/html');
    expect(html.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await html.text()).toMatch(/^<!DOCTYPE html>/);
    const empty = await fetch(`${api.url}/runs/9461`, { headers: auth() });
    expect(empty.status).toBe(502);
    expect(await empty.text()).toBe('');
    expect((await fetch(`${api.url}/runs/9461`, { headers: auth() })).status).toBe(200);
  });

  it('drops the connection', async () => {
    await arm([{ path: '/runs/9461', fault: 'drop', times: 1 }]);
    await expect(fetch(`${api.url}/runs/9461`, { headers: auth() })).rejects.toThrow();
  });

  it('holds a slow answer, and logs an aborted request when the client gives up', async () => {
    await arm([{ path: '/runs/9461', fault: 'slow', delayMs: 300, times: 2 }]);
    const started = Date.now();
    const slow = await fetch(`${api.url}/runs/9461`, { headers: auth() });
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await expect(fetch(`${api.url}/runs/9461`, { headers: auth(), signal: AbortSignal.timeout(50) })).rejects.toThrow();
    // The server sees the client go away a moment later: wait for its log to say so.
    await vi.waitFor(async () => {
      const log = (await (await fetch(`${root()}/__requests?token=${TOKEN}`)).json()) as { aborted: boolean; fault?: string }[];
      expect(log.map((entry) => [entry.fault, entry.aborted])).toEqual([
        ['slow', false],
        ['slow', true],
      ]);
    });
  });

  it('sends invalid JSON and each contract violation as a 200', async () => {
    await arm([
      { path: '/runs/9461', fault: 'invalidJson', times: 1 },
      { path: '/runs/9461', fault: 'contract:missing-field', times: 1 },
      { path: '/runs/9461', fault: 'contract:wrong-type', times: 1 },
      { path: '/runs/*/samples/*/actual', fault: 'contract:content-too-long', times: 1 },
      { path: '/runs/*/samples/*/actual', fault: 'contract:unknown-storage-status', times: 1 },
    ]);
    const text = await (await fetch(`${api.url}/runs/9461`, { headers: auth() })).text();
    expect(() => JSON.parse(text)).toThrow();
    for (let i = 0; i < 2; i++) {
      const run = await (await fetch(`${api.url}/runs/9461`, { headers: auth() })).json();
      expect(valid('Run', run)).toBe(false);
    }
    for (let i = 0; i < 2; i++) {
      const response = await fetch(actualUrl(), { headers: auth() });
      expect(response.status).toBe(200);
      expect(valid('OutputFile', await response.json())).toBe(false);
    }
    expect(valid('OutputFile', await (await fetch(actualUrl(), { headers: auth() })).json())).toBe(true);
  });

  it('answers 429 with Retry-After and the X-RateLimit headers, and 401', async () => {
    await arm([
      { path: '/runs', fault: 'rateLimit', retryAfter: 5, times: 1 },
      { path: '/runs', fault: 'unauthorized', times: 1 },
    ]);
    const limited = await fetch(`${api.url}/runs`, { headers: auth() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('5');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(Number(limited.headers.get('X-RateLimit-Reset'))).toBeGreaterThan(Date.now() / 1000);
    const body = await limited.json();
    expect(valid('Error', body)).toBe(true);
    expect(body).toMatchObject({ code: 'rate_limited', details: { retry_after: 5 } });
    const rejected = await fetch(`${api.url}/runs`, { headers: auth() });
    expect(rejected.status).toBe(401);
    expect(valid('Error', await rejected.json())).toBe(true);
  });

  it('can leave out CORS, as a proxy error page does', async () => {
    await arm([{ path: '/runs/9461', fault: 'html500', cors: false, times: 1 }]);
    const response = await fetch(`${api.url}/runs/9461`, { headers: auth() });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('the request log', () => {
  it('lists method, path with query, times and status, and never the Authorization header', async () => {
    const secret = 'not-a-demo-token-0123456789';
    await fetch(`${api.url}/runs?limit=1`, { headers: auth(secret) });
    await fetch(`${api.url}/runs/9461`, { headers: auth() });
    const all = (await (await fetch(`${root()}/__requests`)).json()) as Record<string, unknown>[];
    expect(JSON.stringify(all)).not.toContain(secret);
    const mine = (await (await fetch(`${root()}/__requests?token=${secret}`)).json()) as Record<string, unknown>[];
    expect(mine).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/runs?limit=1',
        status: 401,
        aborted: false,
        tokenTag: tokenTag(secret),
        at: expect.any(Number),
        respondedAt: expect.any(Number),
      }),
    ]);
    expect((await fetch(`${root()}/__requests?token=${secret}`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${root()}/__requests?token=${secret}`)).json()).toEqual([]);
    expect(((await (await fetch(`${root()}/__requests`)).json()) as unknown[]).length).toBe(1);
  });

  it('does not log preflights or control routes, and /__reset keeps faults', async () => {
    await fetch(`${api.url}/runs`, { method: 'OPTIONS' });
    await arm([{ path: '/nowhere', fault: 'drop' }]);
    await fetch(`${root()}/__reset`, { method: 'POST' });
    expect(await (await fetch(`${root()}/__requests`)).json()).toEqual([]);
    expect(((await (await fetch(`${root()}/__faults`)).json()) as unknown[]).length).toBe(1);
  });

  it('survives a client that sends a request and hangs up at once', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${api.url}/runs/9461`, { headers: auth() });
      req.on('error', () => resolve());
      req.end(() => {
        req.destroy();
        resolve();
      });
    });
    expect((await fetch(`${root()}/__health`)).status).toBe(200);
  });
});

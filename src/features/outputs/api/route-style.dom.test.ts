import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import type { FileRouteSetting } from '@/lib/config';
import { useSession } from '@/lib/session';
import { server } from '@/testing/mocks/node';
import { getActual } from './get-actual';
import { getDiff } from './get-diff';
import { getExpected } from './get-expected';
import { learnedStyle, ROUTE_STYLES_KEY } from './route-style';

const BASE = 'http://platform.test/api/v1';
const ref = { runId: 1, sampleId: 1, regressionId: 1, outputId: 1 };
const RATE = { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '100', 'X-RateLimit-Reset': '1800000000' };

const file = {
  run_id: 1,
  sample_id: 1,
  regression_id: 1,
  output_id: 1,
  filename: 'a.srt',
  content_type: 'text/plain',
  encoding: 'utf-8',
  content: 'x\n',
  storage_status: 'ok',
};
const diff = {
  run_id: 1,
  sample_id: 1,
  regression_id: 1,
  output_id: 1,
  status: 'different',
  summary: { added_lines: 1, removed_lines: 1, changed_hunks: 1 },
  hunks: [],
};
/** How the platform's server answers a route it does not have. */
const unknownRoute = () => HttpResponse.json({ code: 'not_found', message: 'Resource not found.', details: {} }, { status: 404 });

type Style = 'path' | 'query';
let requests: Array<{ style: Style; endpoint: string }>;

/** A server that speaks `speaks` (or both), answering every known route with `answer`. */
function serve(
  speaks: Style | 'both',
  answer: (endpoint: string) => Response = (endpoint) => HttpResponse.json(endpoint === 'diff' ? diff : file, { headers: RATE }),
) {
  const handle = (style: Style) => (endpoint: string) => () => {
    requests.push({ style, endpoint });
    return speaks === style || speaks === 'both' ? answer(endpoint) : unknownRoute();
  };
  server.use(
    ...(['actual', 'expected', 'diff'] as const).flatMap((endpoint) => [
      http.get(`${BASE}/runs/1/samples/1/regression-tests/1/outputs/1/${endpoint}`, handle('path')(endpoint)),
      http.get(`${BASE}/runs/1/samples/1/${endpoint}`, handle('query')(endpoint)),
    ]),
  );
}

function signIn(fileRoutes: FileRouteSetting, apiBaseUrl = BASE) {
  useSession.setState({ token: 'token', apiBaseUrl, fileRoutes });
}

beforeEach(() => {
  requests = [];
  localStorage.removeItem(ROUTE_STYLES_KEY);
  signIn('auto');
});

describe('file-route style', () => {
  it('speaks the platform server’s path style from the first request, and remembers it', async () => {
    serve('path');
    await expect(getActual(ref)).resolves.toMatchObject({ kind: 'differs' });
    await Promise.all([getDiff(ref, 3), getExpected(ref)]);
    expect(requests.map((r) => r.style)).toEqual(['path', 'path', 'path']);
    expect(learnedStyle(BASE)).toBe('path');
  });

  it('learns a query-style server with one extra request while the other file requests wait', async () => {
    serve('query');
    const [d, a, e] = await Promise.all([getDiff(ref, 3), getActual(ref), getExpected(ref)]);
    expect([d.kind, a.kind, e.kind]).toEqual(['diff', 'differs', 'file']);
    expect(requests.filter((r) => r.style === 'path')).toHaveLength(1);
    expect(requests.filter((r) => r.style === 'query')).toHaveLength(3);
    expect(learnedStyle(BASE)).toBe('query');
    // Remembered per server, for the next page load too.
    requests = [];
    await getActual(ref);
    expect(requests).toEqual([{ style: 'query', endpoint: 'actual' }]);
  });

  it('keeps one server’s style apart from another’s', async () => {
    serve('query');
    await getActual(ref);
    expect(learnedStyle(BASE)).toBe('query');
    expect(learnedStyle('http://other.test/api/v1')).toBeUndefined();
  });

  it('takes a not_found of a known route (it has rate-limit headers) as that route’s answer, not as another style', async () => {
    serve('both', () =>
      HttpResponse.json({ code: 'not_found', message: 'No result for regression test 1.', details: {} }, { status: 404, headers: RATE }),
    );
    const error = await getActual(ref).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not_found', unknownRoute: false });
    expect(requests.map((r) => r.style)).toEqual(['path']);
    expect(learnedStyle(BASE)).toBe('path');
  });

  it('learns nothing from a server error, and asks again next time', async () => {
    serve('both', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }));
    await expect(getActual(ref)).rejects.toMatchObject({ status: 502 });
    expect(learnedStyle(BASE)).toBeUndefined();
    expect(requests.map((r) => r.style)).toEqual(['path']);
  });

  it('spends at most one extra request where neither style answers like a known route', async () => {
    serve('both', unknownRoute);
    await expect(getActual(ref)).rejects.toMatchObject({ code: 'not_found', unknownRoute: true });
    await expect(getExpected(ref)).rejects.toMatchObject({ code: 'not_found' });
    expect(requests.map((r) => r.style)).toEqual(['path', 'query', 'path']);
  });

  it.each(['query', 'path'] as const)('uses the %s style when the sign-in or build setting says so', async (style) => {
    serve('both');
    signIn(style);
    await getActual(ref);
    await getDiff(ref, 3);
    expect(requests.map((r) => r.style)).toEqual([style, style]);
    expect(learnedStyle(BASE)).toBeUndefined();
  });
});

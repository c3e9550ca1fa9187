import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createReplay,
  identityOf,
  loadRecordings,
  loadWriteRecordings,
  parseFirstHop,
  significantQuery,
  UNKNOWN_ROUTE_BODY,
  type Identity,
  type Recording,
  type ReplayResponse,
} from './replay-api';

// The recordings live beside the repository (shared/real-api), as scripts/replay-real-api.ts finds them.
const DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.REAL_API_DIR ?? '../shared/real-api');
const haveRecordings = existsSync(join(DIR, 'index.tsv'));

// null: no Authorization header.
const TOKEN_OF: Record<Identity | 'any', string | null> = {
  any: 'Bearer real-read',
  read: 'Bearer real-read',
  admin: 'Bearer real-admin',
  'results-only': 'Bearer real-results-only',
  none: null,
  bad: 'Bearer not-a-token',
};

const json = (body: Buffer): unknown => JSON.parse(body.toString('utf8'));
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('parseFirstHop', () => {
  it('reads the status line and headers of the first hop only', () => {
    const hop = parseFirstHop(
      'HTTP/1.1 303 SEE OTHER\r\nLocation: /api/v1/x?format=text\r\nX-RateLimit-Remaining: 63\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n',
    );
    expect(hop).toEqual({
      status: 303,
      statusText: 'SEE OTHER',
      headers: [
        ['Location', '/api/v1/x?format=text'],
        ['X-RateLimit-Remaining', '63'],
      ],
    });
  });
});

describe('significantQuery', () => {
  const q = (path: string, query: string) => significantQuery(path, new URLSearchParams(query));
  it("drops api.md's defaults and sorts the rest", () => {
    expect(q('/runs', 'sort=-created_at&limit=50&offset=0')).toBe('');
    expect(q('/runs', 'status=queued&limit=50')).toBe('status=queued');
    expect(q('/runs', 'platform=windows&status=fail')).toBe(q('/runs', 'status=fail&platform=windows'));
    expect(q('/runs/1/samples/1/regression-tests/1/outputs/1/expected', 'format=base64')).toBe('');
    expect(q('/runs/1/samples/1/regression-tests/1/outputs/1/diff', 'context_lines=3&format=structured')).toBe('');
    expect(q('/runs/1/samples/1/regression-tests/1/outputs/1/diff', 'format=unified&context_lines=3')).toBe('format=unified');
  });
  it('keeps a default of another route, and any other value', () => {
    expect(q('/runs/1', 'format=base64')).toBe('format=base64');
    expect(q('/samples', 'sort=-created_at')).toBe('sort=-created_at');
    expect(q('/runs', 'limit=20')).toBe('limit=20');
    expect(q('/runs/1/samples/1/regression-tests/1/outputs/1/diff', 'context_lines=5')).toBe('context_lines=5');
  });
});

describe('identityOf', () => {
  it('knows the replay tokens, and tells no token from a bad one', () => {
    expect(identityOf('Bearer real-read')).toBe('read');
    expect(identityOf('bearer real-admin')).toBe('admin');
    expect(identityOf('Bearer real-results-only')).toBe('results-only');
    expect(identityOf(undefined)).toBe('none');
    expect(identityOf('')).toBe('none');
    expect(identityOf('Bearer demo-maintainer')).toBe('bad');
    expect(identityOf('Basic real-read')).toBe('bad');
  });
});

describe.skipIf(!haveRecordings)(`replaying ${DIR}`, () => {
  const recordings = haveRecordings ? loadRecordings(DIR) : [];
  const replay = createReplay(recordings);
  const ask = (method: string, path: string, authorization: string | null = TOKEN_OF.read): ReplayResponse =>
    replay.answer({ method, url: `/api/v1${path}`, authorization: authorization ?? undefined });
  /** Follows 3xx answers as fetch does (same method for 303 → GET). */
  const follow = (first: ReplayResponse, authorization: string | null) => {
    let answer = first;
    for (let hops = 0; answer.status >= 300 && answer.status < 400 && hops < 5; hops++) {
      const location = lower(answer.headers).location;
      expect(location, `${answer.recording} redirects somewhere`).toBeTruthy();
      answer = replay.answer({ method: 'GET', url: location ?? '', authorization: authorization ?? undefined });
    }
    return answer;
  };
  const byName = (set: Recording['set'], name: string) => {
    const found = recordings.find((r) => r.set === set && r.name === name);
    if (!found) throw new Error(`no ${set}/${name}`);
    return found;
  };
  const expectUnknownRoute = (answer: ReplayResponse) => {
    expect(answer.status).toBe(404);
    expect(answer.recording).toBeNull();
    expect(lower(answer.headers)).toEqual({ 'content-type': 'application/json' });
    expect(json(answer.body)).toEqual(json(readFileSync(join(DIR, 'err_unknown_route.json'))));
    expect(answer.body.toString()).toBe(UNKNOWN_ROUTE_BODY);
  };

  // Where main and edge recorded the same request, edge (recorded later, runs 3–6 added) answers.
  const SHADOWED_BY_EDGE = ['runs', 'sample_1_history'];

  it('loads both sets', () => {
    expect(recordings.filter((r) => r.set === 'main').length).toBeGreaterThan(100);
    expect(recordings.filter((r) => r.set === 'edge').length).toBeGreaterThan(10);
  });

  it('answers every index.tsv row from its own request, with its status, headers and body', () => {
    for (const recording of recordings.filter((r) => !r.name.endsWith('_followed'))) {
      const label = `${recording.set}/${recording.name}: ${recording.method} ${recording.path}`;
      const answer = ask(recording.method, recording.path, TOKEN_OF[recording.recordedFor]);
      if (recording.name === 'err_unknown_route') {
        // The route the server does not have: what every unmatched request gets.
        expectUnknownRoute(answer);
        expect(answer.body.equals(recording.body), label).toBe(true);
        continue;
      }
      const answeredBy = recording.set === 'main' && SHADOWED_BY_EDGE.includes(recording.name) ? byName('edge', recording.name) : recording;
      expect(answer.recording, label).toBe(answeredBy.name);
      expect(answer.status, label).toBe(answeredBy.status);
      expect(answer.body.equals(answeredBy.body), label).toBe(true);
      const headers = lower(answer.headers);
      if (recording.location) expect(headers.location, label).toBe(recording.location);
      expect(headers['content-type'], label).toBeTruthy();
      expect(headers['x-ratelimit-remaining'], label).toMatch(/^\d+$/);
      expect(
        Object.keys(headers).filter((h) => h.startsWith('access-control-')),
        label,
      ).toEqual([]);
    }
  });

  it('main and edge overlap only where edge knows more (all six runs, run 6 in the history)', () => {
    const key = (r: Recording) => `${r.method} ${r.path}`;
    const edgeKeys = new Set(recordings.filter((r) => r.set === 'edge').map(key));
    const overlap = recordings.filter((r) => r.set === 'main' && edgeKeys.has(key(r)) && r.recordedFor === 'any').map((r) => r.name);
    expect(overlap.sort()).toEqual([...SHADOWED_BY_EDGE].sort());
    const runs = json(ask('GET', '/runs').body) as { data: { run_id: number; status: string }[] };
    expect(runs.data.map((r) => r.run_id)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(runs.data.find((r) => r.run_id === 3)?.status).toBe('error');
  });

  it('a followed redirect ends where fetch ended: the `_followed` recordings', () => {
    const followed = recordings.filter((r) => r.name.endsWith('_followed'));
    expect(followed.length).toBeGreaterThan(5);
    for (const recording of followed) {
      const answer = follow(ask(recording.method, recording.path), TOKEN_OF.read);
      const finalHop = readFileSync(join(DIR, `${recording.name}.headers`), 'latin1')
        .split(/\r?\n\r?\n/)
        .filter((hop) => hop.startsWith('HTTP/'))
        .at(-1);
      expect(answer.status, recording.name).toBe(parseFirstHop(finalHop ?? '').status);
      expect(json(answer.body), recording.name).toEqual(json(recording.body));
    }
  });

  it('answers a matched output with the 303 and relative Location the server sent, and the browser follows it', () => {
    const path = '/runs/1/samples/2/regression-tests/2/outputs/2/actual';
    const first = ask('GET', `${path}?format=text`);
    expect(first.status).toBe(303);
    expect(lower(first.headers).location).toBe('/api/v1/runs/1/samples/2/regression-tests/2/outputs/2/expected?format=text');
    expect(lower(first.headers)['content-type']).toMatch(/^text\/html/);
    const landed = follow(first, TOKEN_OF.read);
    expect(landed.recording).toBe('file_r1_rt2_matched_expected_text');
    // The default format: the Location names it, the recording of /expected does not.
    const base64 = ask('GET', path);
    expect(base64.status).toBe(303);
    expect(lower(base64.headers).location).toBe('/api/v1/runs/1/samples/2/regression-tests/2/outputs/2/expected?format=base64');
    expect(follow(base64, TOKEN_OF.read).recording).toBe('file_r1_rt2_matched_expected');
  });

  it("ignores api.md's query defaults and the order of parameters", () => {
    expect(ask('GET', '/runs?limit=50&offset=0&sort=-created_at').recording).toBe('runs');
    expect(ask('GET', '/runs?offset=0&status=queued&limit=50').recording).toBe('runs_status_queued');
    expect(ask('GET', '/runs/1/samples?limit=50&offset=0').recording).toBe('run_1_samples');
    expect(ask('GET', '/samples/1/history?limit=50').recording).toBe('sample_1_history');
    const output = '/runs/1/samples/1/regression-tests/1/outputs/1';
    expect(ask('GET', `${output}/expected?format=base64`).recording).toBe('file_r1_rt1_differing_expected');
    expect(ask('GET', `${output}/actual?format=text`).recording).toBe('file_r1_rt1_differing_actual_text');
    expect(ask('GET', `${output}/diff?context_lines=3&format=structured`).recording).toBe('file_r1_rt1_differing_diff');
    expect(ask('GET', `${output}/diff?format=unified&context_lines=3`).recording).toBe('file_r1_rt1_differing_diff_unified');
  });

  it('answers another limit with a list recorded as one whole page, as the server would', () => {
    for (const [path, name, items] of [
      ['/runs?limit=100&offset=0', 'runs', 6],
      ['/runs/1/samples?limit=100', 'run_1_samples', 6],
      ['/samples/3/history?offset=0&limit=6', 'sample_3_history', 2],
      ['/runs?status=queued&limit=1', 'runs_status_queued', 1],
    ] as const) {
      const answer = ask('GET', path);
      expect(answer.recording, path).toBe(name);
      expect(answer.status, path).toBe(200);
      const page = json(answer.body) as { data: unknown[]; pagination: { limit: number; offset: number; next_offset: null } };
      expect(page.data, path).toHaveLength(items);
      expect(page.pagination.limit, path).toBe(Number(new URLSearchParams(path.split('?')[1]).get('limit')));
      expect(lower(answer.headers)['x-ratelimit-remaining'], path).toMatch(/^\d+$/);
    }
    // Fewer than the page holds, a later page, a limit the server refuses, or no list at all: not recorded.
    expectUnknownRoute(ask('GET', '/runs?limit=5'));
    expectUnknownRoute(ask('GET', '/runs?limit=100&offset=100'));
    expectUnknownRoute(ask('GET', '/runs?limit=500'));
    expectUnknownRoute(ask('GET', '/runs/1?limit=100'));
  });

  it('answers a parameter the recording lacks (and no default) with the unknown-route 404', () => {
    expectUnknownRoute(ask('GET', '/runs?status=error'));
    expectUnknownRoute(ask('GET', '/runs/1/samples/1/regression-tests/1/outputs/1/diff?context_lines=5'));
    expectUnknownRoute(ask('GET', '/runs/1?format=text'));
  });

  it('answers unknown routes and unrecorded requests with a JSON 404 without X-RateLimit headers, whatever the token', () => {
    for (const authorization of [TOKEN_OF.read, TOKEN_OF.admin, TOKEN_OF.none, TOKEN_OF.bad]) {
      expectUnknownRoute(ask('GET', '/nope', authorization));
      // The published query-style file routes: this server does not have them.
      expectUnknownRoute(ask('GET', '/runs/1/samples/1/actual?regression_id=1&output_id=1&format=text', authorization));
      expectUnknownRoute(ask('GET', '/runs/1/samples/1/diff?regression_id=1&output_id=1', authorization));
    }
    expectUnknownRoute(ask('GET', '/runs/7'));
    expectUnknownRoute(ask('DELETE', '/runs/1'));
    expectUnknownRoute(replay.answer({ method: 'GET', url: '/api/v2/runs', authorization: 'Bearer real-read' }));
  });

  it('picks the recording by token: 401 without a valid one, seven scopes for the admin, 403 for results-only', () => {
    for (const path of ['/runs', '/runs/1', '/auth/me', '/runs/1/samples/1/regression-tests/1/outputs/1/expected']) {
      expect(ask('GET', path, TOKEN_OF.none).recording, path).toBe('err_no_token');
      expect(ask('GET', path, TOKEN_OF.bad).recording, path).toBe('err_bad_token');
      expect(ask('GET', path, TOKEN_OF.bad).status, path).toBe(401);
    }
    expect((json(ask('GET', '/auth/me').body) as { scopes: string[] }).scopes).toEqual(['runs:read', 'results:read']);
    expect((json(ask('GET', '/auth/me', TOKEN_OF.admin).body) as { scopes: string[] }).scopes).toHaveLength(7);
    expect(ask('GET', '/runs/1', TOKEN_OF.admin).recording).toBe('run_1');
    expect(ask('GET', '/runs', TOKEN_OF['results-only']).recording).toBe('err_results_only_runs');
    expect(ask('GET', '/runs/1', TOKEN_OF['results-only']).status).toBe(403);
    expect(ask('GET', '/runs/1/samples/1/regression-tests/1/outputs/1/expected', TOKEN_OF['results-only']).recording).toBe(
      'results_only_expected',
    );
    expect(ask('GET', '/runs/1/samples/4/regression-tests/4/outputs/4/actual', TOKEN_OF['results-only']).status).toBe(200);
    expect((json(ask('GET', '/auth/me', TOKEN_OF['results-only']).body) as { scopes: string[] }).scopes).toEqual(['results:read']);
  });
});

describe.skipIf(!haveRecordings || !existsSync(join(DIR, 'writes', 'index.tsv')))('replaying the recorded writes', () => {
  const replay = createReplay([...loadRecordings(DIR), ...loadWriteRecordings(DIR)]);
  const ask = (method: string, path: string, token: string) =>
    replay.answer({ method, url: `/api/v1${path}`, authorization: `Bearer ${token}` });

  it('answers each write as recorded, picked by token, and leaves the stateful ones out', () => {
    expect(ask('POST', '/runs/1/samples/1/baseline-approval', 'real-admin').recording).toBe('approve_ok');
    expect(ask('POST', '/runs/1/samples/1/baseline-approval', 'real-read')).toMatchObject({ status: 403, recording: 'approve_no_scope' });
    expect(ask('POST', '/runs/1/samples/3/baseline-approval', 'real-admin')).toMatchObject({
      status: 404,
      recording: 'approve_missing_output',
    });
    expect(ask('POST', '/runs/2/restart', 'real-admin')).toMatchObject({ status: 202, recording: 'restart_ok' });
    expect(ask('POST', '/runs/2/restart', 'real-read')).toMatchObject({ status: 403, recording: 'restart_no_scope' });
    expect(ask('POST', '/runs/6/cancel', 'real-read').recording).toBe('cancel_running');
    expect(ask('GET', '/runs/6/progress?limit=100', 'real-read').recording).toBe('run1_progress');
    expect(ask('GET', '/runs/1/samples/1/logs', 'real-admin')).toMatchObject({ status: 404, recording: 'run1_logs' });
    // The reads recorded after a write are not served: the run is read as the main set recorded it.
    expect(ask('GET', '/runs/2', 'real-read').recording).not.toMatch(/^after_/);
  });
});

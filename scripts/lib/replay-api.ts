// Replays what the platform's real API server answered (../shared/real-api, recorded from its Flask app): the
// matching behind scripts/replay-real-api.ts, kept apart from node:http so a unit test can walk every recording.
//
// - A request matches a recording by method, path and query, where the query ignores api.md's defaults
//   (limit=50, offset=0; format=base64 for files; format=structured, context_lines=3 for /diff;
//   sort=-created_at for /runs) and the order of its parameters. A parameter the recording lacks and that is no
//   default: no match. One exception, because the viewer asks for pages of 100 and every recorded list is one
//   whole page: another `limit` (1–100) matches a list recorded from offset 0 with no next page and at most that
//   many items (what the real server would send: the same items, `pagination.limit` set to the one asked for).
// - edge/ was recorded after main (same database, runs 3–6 added): where both hold the same request, edge wins
//   (its /runs lists all six runs, its /samples/1/history includes run 6).
// - `*_followed` recordings are what fetch saw after following a 303: the replay answers the 303 itself, with its
//   relative Location, and the browser follows it to the `/expected` recording.
// - The Authorization header picks among recordings of the same request (see TOKENS). Without a token, or with one
//   it does not know, every known route answers the recorded 401.
// - Anything else under /api/v1 answers the real server's unknown-route 404: JSON, and no X-RateLimit-* headers.
// - Only the headers a browser uses are replayed (Content-Type, Location, X-RateLimit-*, Retry-After, ETag,
//   Content-Disposition): never CORS headers, which the real server does not send either.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const API_PREFIX = '/api/v1';

/** Whose token a request carries. `any` marks a recording every valid token gets. */
export type Identity = 'read' | 'admin' | 'results-only' | 'none' | 'bad';

/** The tokens the replay knows (type one at sign-in), and the recorded token each stands for. */
export const TOKENS: Readonly<Record<string, Identity>> = {
  // runs:read results:read
  'real-read': 'read',
  // all seven scopes
  'real-admin': 'admin',
  // results:read only
  'real-results-only': 'results-only',
};

/** Recordings made with a particular token; every other one was made with a valid token and serves them all. */
const RECORDED_FOR: Readonly<Record<string, Identity>> = {
  auth_me_all_scopes: 'admin',
  approve_ok: 'admin',
  approve_missing_output: 'admin',
  approve_no_scope: 'read',
  restart_ok: 'admin',
  restart_no_scope: 'read',
  err_results_only_runs: 'results-only',
  results_only_expected: 'results-only',
  err_no_token: 'none',
  err_bad_token: 'bad',
};

/** Recordings of routes the server does not have: no known route shape comes from them. */
const UNKNOWN_ROUTE_RECORDINGS = new Set(['err_unknown_route']);

const REPLAYED_HEADERS = /^(content-type|location|x-ratelimit-[a-z]+|retry-after|etag|content-disposition)$/i;

/** The real server's answer to a route it does not have (err_unknown_route.json, its newline included). */
export const UNKNOWN_ROUTE_BODY = '{"code":"not_found","details":{},"message":"Resource not found."}\n';

export type Recording = {
  name: string;
  set: 'main' | 'edge' | 'writes';
  method: string;
  /** Relative to /api/v1, query included, as index.tsv has it. */
  path: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
  recordedFor: Identity | 'any';
  /** index.tsv's location column (set on `*_followed` rows too: where fetch ended). */
  location: string;
};

export type ReplayRequest = { method: string; url: string; authorization?: string | undefined };

export type ReplayResponse = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
  /** The recording answered with, or null for the unknown-route 404. */
  recording: string | null;
};

type IndexRow = { name: string; method: string; path: string; status: number; contentType: string; location: string };

export function readIndex(dir: string): IndexRow[] {
  const lines = readFileSync(join(dir, 'index.tsv'), 'utf8').split(/\r?\n/).filter(Boolean);
  const [header, ...rows] = lines;
  if (!header?.startsWith('name\tmethod\tpath\tstatus')) throw new Error(`${join(dir, 'index.tsv')}: unexpected header ${header}`);
  return rows.map((line) => {
    const [name = '', method = '', path = '', status = '', contentType = '', location = ''] = line.split('\t');
    return { name, method, path, status: Number(status), contentType, location };
  });
}

/** The first hop of a `.headers` file: its status line and headers. */
export function parseFirstHop(text: string): { status: number; statusText: string; headers: [string, string][] } {
  const [hop = ''] = text.split(/\r?\n\r?\n/);
  const [statusLine = '', ...lines] = hop.split(/\r?\n/);
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(statusLine.trim());
  if (!match) throw new Error(`not a status line: ${statusLine}`);
  const headers = lines.flatMap((line): [string, string][] => {
    const colon = line.indexOf(':');
    return colon > 0 ? [[line.slice(0, colon).trim(), line.slice(colon + 1).trim()]] : [];
  });
  return { status: Number(match[1]), statusText: match[2] ?? '', headers };
}

/**
 * The recordings of `dir/writes` the replay can serve without state: the writes (approve, restart, cancel; each
 * as recorded, every time) and the run-activity reads that no write changed. The reads recorded after a write
 * (`after_*`) and a body the replay cannot tell apart (`approve_bad_body`) are left out.
 */
export const REPLAYED_WRITES = new Set([
  'approve_ok',
  'approve_no_scope',
  'approve_missing_output',
  'restart_ok',
  'restart_no_scope',
  'cancel_running',
  'cancel_finished',
  'run1_logs',
  'run1_artifacts',
  'run1_progress',
]);

export function loadWriteRecordings(dir: string): Recording[] {
  const setDir = join(dir, 'writes');
  if (!existsSync(join(setDir, 'index.tsv'))) return [];
  return readIndex(setDir)
    .filter((row) => REPLAYED_WRITES.has(row.name))
    .map((row) => {
      const hop = parseFirstHop(readFileSync(join(setDir, `${row.name}.headers`), 'latin1'));
      const bodyFile = join(setDir, `${row.name}.json`);
      return {
        name: row.name,
        set: 'writes' as const,
        method: row.method.toUpperCase(),
        path: row.path,
        status: hop.status,
        statusText: hop.statusText,
        headers: hop.headers.filter(([name]) => REPLAYED_HEADERS.test(name)),
        body: existsSync(bodyFile) ? readFileSync(bodyFile) : Buffer.alloc(0),
        recordedFor: RECORDED_FOR[row.name] ?? 'any',
        location: row.location,
      };
    });
}

/** Every recording of `dir` (the main set) and `dir/edge`, `*_followed` ones included (they are not served). */
export function loadRecordings(dir: string): Recording[] {
  const sets: [Recording['set'], string][] = [['main', dir]];
  if (existsSync(join(dir, 'edge', 'index.tsv'))) sets.push(['edge', join(dir, 'edge')]);
  return sets.flatMap(([set, setDir]) =>
    readIndex(setDir).map((row) => {
      const hop = parseFirstHop(readFileSync(join(setDir, `${row.name}.headers`), 'latin1'));
      const bodyFile = join(setDir, `${row.name}.json`);
      return {
        name: row.name,
        set,
        method: row.method.toUpperCase(),
        path: row.path,
        status: hop.status,
        statusText: hop.statusText,
        headers: hop.headers.filter(([name]) => REPLAYED_HEADERS.test(name)),
        body: existsSync(bodyFile) ? readFileSync(bodyFile) : Buffer.alloc(0),
        recordedFor: RECORDED_FOR[row.name] ?? 'any',
        location: row.location,
      };
    }),
  );
}

/** The query parameters that matter for a route: its defaults dropped, sorted, as one string. */
export function significantQuery(path: string, params: URLSearchParams): string {
  const isDefault = (key: string, value: string) => {
    if ((key === 'limit' && value === '50') || (key === 'offset' && value === '0')) return true;
    if (/\/(actual|expected)$/.test(path)) return key === 'format' && value === 'base64';
    if (/\/diff$/.test(path)) return (key === 'format' && value === 'structured') || (key === 'context_lines' && value === '3');
    if (path === '/runs') return key === 'sort' && value === '-created_at';
    return false;
  };
  return [...params]
    .filter(([key, value]) => !isDefault(key, value))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1))
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

function requestKey(method: string, pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://replay.invalid');
  return `${method.toUpperCase()} ${url.pathname}?${significantQuery(url.pathname, url.searchParams)}`;
}

/** `/runs/12/samples` → `['runs', '12', 'samples']`. */
function segmentsOf(path: string): string[] {
  return path.split('/').slice(1);
}

export function identityOf(authorization: string | undefined): Identity {
  if (!authorization?.trim()) return 'none';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  return (match && TOKENS[match[1] ?? '']) || 'bad';
}

/** Whether a route needs `runs:read` (what a results:read-only token lacks): all but files, diffs, errors and /auth/me. */
function needsRunsRead(path: string): boolean {
  return !/\/(actual|expected|diff|errors|error-summary)$/.test(path) && path !== '/auth/me';
}

/**
 * A recorded list as a page of `limit`: when it is one whole page (from offset 0, no next page, at most `limit`
 * items), the same JSON with `pagination.limit` = `limit`; null otherwise.
 */
export function wholePage(body: Buffer, limit: number): Buffer | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { data, pagination } = value as { data?: unknown; pagination?: { offset?: unknown; next_offset?: unknown } };
  if (!Array.isArray(data) || typeof pagination !== 'object' || pagination === null) return null;
  if (pagination.offset !== 0 || pagination.next_offset !== null || data.length > limit) return null;
  return Buffer.from(JSON.stringify({ ...value, pagination: { ...pagination, limit } }));
}

function respondWith(recording: Recording, body = recording.body): ReplayResponse {
  const headers = Object.fromEntries(recording.headers.map(([name, value]) => [name, value]));
  return { status: recording.status, statusText: recording.statusText, headers, body, recording: recording.name };
}

function unknownRoute(): ReplayResponse {
  const body = Buffer.from(UNKNOWN_ROUTE_BODY);
  return { status: 404, statusText: 'NOT FOUND', headers: { 'Content-Type': 'application/json' }, body, recording: null };
}

export type Replay = { answer(request: ReplayRequest): ReplayResponse; recordings: readonly Recording[] };

export function createReplay(all: readonly Recording[]): Replay {
  const served = all.filter((r) => !r.name.endsWith('_followed'));
  // key → identity → recording; edge (loaded after main) replaces main's recording of the same request.
  const byKey = new Map<string, Map<Identity | 'any', Recording>>();
  for (const recording of served) {
    const key = requestKey(recording.method, recording.path);
    const forKey = byKey.get(key) ?? new Map<Identity | 'any', Recording>();
    const previous = forKey.get(recording.recordedFor);
    if (!previous || recording.set === 'edge') forKey.set(recording.recordedFor, recording);
    byKey.set(key, forKey);
  }
  const byName = new Map(served.map((r) => [r.name, r]));
  const need = (name: string) => {
    const recording = byName.get(name);
    if (!recording) throw new Error(`the recordings lack ${name}`);
    return recording;
  };
  const noToken = need('err_no_token');
  const badToken = need('err_bad_token');
  const forbidden = need('err_results_only_runs');
  const authMe = need('auth_me');
  // Route shapes the server knows (an id segment matches any segment): a known route without a valid token is
  // a 401, an unknown one a 404 whatever the token (the real server matches routes before it checks tokens).
  const shapes = served
    .filter((r) => !UNKNOWN_ROUTE_RECORDINGS.has(r.name))
    .map((r) => ({
      method: r.method,
      segments: segmentsOf(new URL(r.path, 'http://replay.invalid').pathname).map((s) => (/^\d+$/.test(s) ? null : s)),
    }));
  const knownRoute = (method: string, path: string) => {
    const segments = segmentsOf(path);
    return shapes.some(
      (shape) =>
        shape.method === method &&
        shape.segments.length === segments.length &&
        shape.segments.every((s, i) => s === null || s === segments[i]),
    );
  };

  return {
    recordings: all,
    answer({ method, url, authorization }) {
      const parsed = new URL(url, 'http://replay.invalid');
      if (parsed.pathname !== API_PREFIX && !parsed.pathname.startsWith(`${API_PREFIX}/`)) return unknownRoute();
      const path = parsed.pathname.slice(API_PREFIX.length) || '/';
      const upper = method.toUpperCase();
      if (!knownRoute(upper, path)) return unknownRoute();
      const identity = identityOf(authorization);
      if (identity === 'none') return respondWith(noToken);
      if (identity === 'bad') return respondWith(badToken);
      let candidates = byKey.get(requestKey(upper, `${path}${parsed.search}`));
      let limit: number | null = null;
      if (!candidates && upper === 'GET' && /^\d+$/.test(parsed.searchParams.get('limit') ?? '')) {
        limit = Number(parsed.searchParams.get('limit'));
        const asDefault = new URLSearchParams(parsed.searchParams);
        asDefault.set('limit', '50');
        candidates = limit >= 1 && limit <= 100 ? byKey.get(requestKey(upper, `${path}?${asDefault}`)) : undefined;
      }
      if (!candidates) return unknownRoute();
      // A list asked for with another limit: only as one whole page.
      const asPage = (recording: Recording): ReplayResponse => {
        if (limit === null) return respondWith(recording);
        const page = wholePage(recording.body, limit);
        return page ? respondWith(recording, page) : unknownRoute();
      };
      const own = candidates.get(identity);
      if (own) return asPage(own);
      if (identity === 'results-only') {
        // Derived, not recorded: who a results:read-only token is, and the 403 of every route needing runs:read.
        if (path === '/auth/me') {
          const me = { ...(JSON.parse(authMe.body.toString('utf8')) as Record<string, unknown>), scopes: ['results:read'] };
          return respondWith(authMe, Buffer.from(JSON.stringify(me)));
        }
        if (needsRunsRead(path)) return respondWith(forbidden);
      }
      const shared = candidates.get('any');
      return shared ? asPage(shared) : unknownRoute();
    },
  };
}

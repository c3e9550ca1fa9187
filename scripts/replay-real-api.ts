// The platform's real API server, replayed from its recordings, on one origin with a sub-path build of the viewer:
// the deployment beside the platform (no CORS), for the `real` e2e project and for trying a build by hand.
//
//   npx vite build --base=/viewer/ --outDir dist-real
//   npx tsx scripts/replay-real-api.ts [dist-dir]      → http://127.0.0.1:4175/viewer/ (sign in with `real-read`)
//
//   /api/v1/...   the recordings of ../shared/real-api (scripts/lib/replay-api.ts says how a request picks one;
//                 tokens: real-read, real-admin, real-results-only)
//   /viewer/...   the build (default dist-real), index.html for any path that is no file (deep links, reloads)
//   /__health     200 when up (Playwright's webServer waits for it)
//   /__requests   GET: the API requests seen, oldest first, as { method, path, status, recording } (never a header);
//                 DELETE: forget them
//
// Environment: PORT (4175), REAL_API_DIR (the recordings; default ../shared/real-api beside the repository),
// REPLAY_DIST (the build, when not given as an argument), REPLAY_BASE (/viewer/). It logs one line at start and
// nothing per request: never a token.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_PREFIX, createReplay, loadRecordings, loadWriteRecordings } from './lib/replay-api';
import { CONTENT_TYPES } from './lib/build-server';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4175);
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const API_DIR = resolve(REPO_ROOT, process.env.REAL_API_DIR ?? '../shared/real-api');
const DIST = resolve(REPO_ROOT, process.argv[2] ?? process.env.REPLAY_DIST ?? 'dist-real');
const BASE = `/${(process.env.REPLAY_BASE ?? '/viewer/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const HTML = 'text/html; charset=utf-8';
if (!existsSync(`${API_DIR}/index.tsv`)) {
  console.error(`No recordings at ${API_DIR} (index.tsv): put shared/real-api beside the repository or set REAL_API_DIR.`);
  process.exit(1);
}
// The writes (approve, restart, cancel) answer as recorded, every time: the replay keeps no state.
const replay = createReplay([...loadRecordings(API_DIR), ...loadWriteRecordings(API_DIR)]);

type Seen = { method: string; path: string; status: number; recording: string | null };
const seen: Seen[] = [];
const MAX_SEEN = 20_000;

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
  head = false,
  statusText?: string,
) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, statusText || undefined, { ...headers, 'Content-Length': String(bytes.byteLength) });
  res.end(head ? undefined : bytes);
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((done) => {
    req.on('data', () => {});
    req.on('end', done);
    req.on('error', () => done());
  });
}

async function answerApi(req: IncomingMessage, res: ServerResponse, url: string) {
  await drain(req);
  const answer = replay.answer({ method: req.method ?? 'GET', url, authorization: req.headers.authorization });
  seen.push({ method: req.method ?? 'GET', path: url, status: answer.status, recording: answer.recording });
  if (seen.length > MAX_SEEN) seen.splice(0, seen.length - MAX_SEEN);
  send(res, answer.status, answer.headers, answer.body, req.method === 'HEAD', answer.statusText);
}

function serveBuild(req: IncomingMessage, res: ServerResponse, pathname: string) {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) return send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method not allowed');
  if (!existsSync(`${DIST}/index.html`)) {
    return send(
      res,
      503,
      { 'Content-Type': 'text/plain; charset=utf-8' },
      `No build at ${DIST}: run npx vite build --base=${BASE} --outDir dist-real`,
    );
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(BASE.length));
  } catch {
    return send(res, 400, { 'Content-Type': 'text/plain' }, 'Bad path');
  }
  const file = resolve(DIST, relative);
  const inside = file === DIST || file.startsWith(`${DIST}${sep}`);
  if (inside && relative && existsSync(file) && statSync(file).isFile()) {
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return send(res, 200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }, readFileSync(file), head);
  }
  // A missing chunk is a 404 (never HTML served as script); any other path is a screen of the app.
  if (relative.startsWith('assets/')) return send(res, 404, { 'Content-Type': 'text/plain' }, 'Not found', head);
  return send(res, 200, { 'Content-Type': HTML, 'Cache-Control': 'no-cache' }, readFileSync(`${DIST}/index.html`), head);
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const { pathname, search } = new URL(url, `http://${HOST}`);
  if (pathname === '/__health') return send(res, 200, { 'Content-Type': 'text/plain' }, 'ok');
  if (pathname === '/__requests') {
    if (req.method === 'DELETE') {
      seen.length = 0;
      return send(res, 204, {});
    }
    return send(res, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, JSON.stringify({ requests: seen }));
  }
  if (pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)) {
    void answerApi(req, res, url);
    return;
  }
  if (BASE !== '/' && (pathname === '/' || pathname === BASE.slice(0, -1))) return send(res, 302, { Location: `${BASE}${search}` });
  if (pathname.startsWith(BASE)) return serveBuild(req, res, pathname);
  return send(res, 404, { 'Content-Type': 'text/plain' }, 'Not found');
});

server.listen(PORT, HOST, () => {
  console.log(`Real-API replay: ${replay.recordings.length} recordings of ${API_DIR}, ${DIST} at http://${HOST}:${PORT}${BASE}`);
});

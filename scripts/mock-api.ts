// The demo mock as a real HTTP server (node:http), for e2e tests and for pointing the viewer at a local API:
//   npx tsx scripts/mock-api.ts        (PORT=4010 by default; base URL http://127.0.0.1:<port>/api/v1)
// It answers with the same msw handlers as the browser demo, adds CORS for any origin, and never logs requests
// (so never a token). Tests can script faults per route and read back the requests it saw: see scripts/lib/faults.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse, type HttpHandler } from 'msw';
import { createHandlers, resetMockState } from '../src/testing/mocks/handlers';
import { startMediaServer } from './lib/media-server';
import {
  bearerToken,
  DEFAULT_RETRY_AFTER_S,
  DEFAULT_SLOW_MS,
  describeRule,
  FaultBook,
  HTML_500,
  invalidJson,
  rateLimitBody,
  rateLimitHeaders,
  UNAUTHORIZED_BODY,
  violateContract,
  type ContractVariant,
  type FaultRule,
  type LoggedRequest,
} from './lib/faults';

const API_PATH = '/api/v1';
const HOST = '127.0.0.1';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Location',
};

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

// Handlers per origin the client used (127.0.0.1 or localhost), so 303 Locations and download URLs stay on it.
const handlersByOrigin = new Map<string, HttpHandler[]>();
/** The storage origin of the samples' signed URLs (scripts/lib/media-server.ts), when one runs. */
let mediaBaseUrl: string | undefined;
function handlersFor(origin: string): HttpHandler[] {
  let handlers = handlersByOrigin.get(origin);
  if (!handlers) {
    handlers = createHandlers(`${origin}${API_PATH}`, { mediaBaseUrl });
    handlersByOrigin.set(origin, handlers);
  }
  return handlers;
}

/** The log entry of each API request being answered: `send` stamps it. */
const answering = new WeakMap<ServerResponse, LoggedRequest>();

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Uint8Array,
  head = false,
  cors = true,
): void {
  // Stamped before a byte is written, so no client can have the answer earlier: a 'finish' listener ran late
  // under load and made a retry that honoured Retry-After look early (CI saw 1,995 ms of 2,000).
  const logged = answering.get(res);
  if (logged) {
    logged.respondedAt = Date.now();
    logged.status = status;
  }
  // A HEAD answer keeps the GET's length; everything else states the length of what it sends.
  const out: Record<string, string> = Object.fromEntries(
    Object.entries({ ...(cors ? CORS_HEADERS : {}), ...headers }).filter(([name]) => head || name.toLowerCase() !== 'content-length'),
  );
  if (!head && status !== 204) {
    out['Content-Length'] = String(body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  }
  res.writeHead(status, out);
  res.end(head ? undefined : body);
}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string, details: Record<string, unknown>): void {
  send(res, status, { 'Content-Type': 'application/json' }, JSON.stringify({ code, message, details }));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type Answer = { status: number; headers: Record<string, string>; body?: Uint8Array };

/** The real answer of the msw handlers, or null for a route they do not know. */
async function realAnswer(req: IncomingMessage, method: string, url: URL, origin: string): Promise<Answer | null> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
  // HEAD is answered as GET without the body.
  const request = new Request(url, { method: method === 'HEAD' ? 'GET' : method, headers, body });
  const response = await getResponse(handlersFor(origin), request);
  if (!response) return null;
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  return {
    status: response.status,
    headers: out,
    body: response.status === 204 ? undefined : new Uint8Array(await response.arrayBuffer()),
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}, cors = true): void {
  send(res, status, { 'Content-Type': 'application/json', ...headers }, JSON.stringify(value), false, cors);
}

/** The platform's answer to an unknown route: a JSON 404 without X-RateLimit-* headers (as the handlers' own catch-all). */
function noRoute(): Answer {
  const body = JSON.stringify({ code: 'not_found', details: {}, message: 'Resource not found.' });
  return { status: 404, headers: { 'Content-Type': 'application/json' }, body: new TextEncoder().encode(body) };
}

/** Resolves after `ms`, or at once when the client has gone away meanwhile (an aborted fetch). */
function hold(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(finish, ms);
    res.once('close', finish);
    function finish() {
      clearTimeout(timer);
      res.off('close', finish);
      done();
    }
  });
}

/** Answers one API request with the fault of `rule` instead of (or made from) the real answer. */
async function answerWithFault(
  rule: FaultRule,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  url: URL,
  origin: string,
): Promise<void> {
  const cors = rule.cors !== false;
  const real = async () => (await realAnswer(req, method, url, origin)) ?? noRoute();
  const realText = async () => {
    const answer = await real();
    return answer.body ? new TextDecoder().decode(answer.body) : '';
  };
  switch (rule.fault) {
    case 'html500':
      return send(res, 500, { 'Content-Type': 'text/html' }, HTML_500, false, cors);
    case 'empty502':
      return send(res, 502, {}, '', false, cors);
    case 'drop':
      // No status line, no headers: the connection just ends.
      req.socket.destroy();
      return;
    case 'slow': {
      await hold(res, rule.delayMs ?? DEFAULT_SLOW_MS);
      if (res.destroyed || res.writableEnded) return;
      const answer = await real();
      return send(res, answer.status, answer.headers, answer.body, method === 'HEAD', cors);
    }
    case 'invalidJson':
      return send(res, 200, { 'Content-Type': 'application/json' }, invalidJson(await realText()), false, cors);
    case 'rateLimit': {
      const seconds = rule.retryAfter ?? DEFAULT_RETRY_AFTER_S;
      return sendJson(res, 429, rateLimitBody(seconds), rateLimitHeaders(seconds), cors);
    }
    case 'unauthorized':
      return sendJson(
        res,
        401,
        UNAUTHORIZED_BODY,
        { 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '119', 'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 60) },
        cors,
      );
    default: {
      const variant = rule.fault.slice('contract:'.length) as ContractVariant;
      const answer = await real();
      const headers = { ...answer.headers, 'content-type': 'application/json' };
      return send(res, 200, headers, violateContract(variant, answer.body ? new TextDecoder().decode(answer.body) : ''), false, cors);
    }
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req)).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/** The test-only control routes: /__health, /__reset, /__faults, /__requests. True when it answered. */
async function control(req: IncomingMessage, res: ServerResponse, method: string, url: URL, faults: FaultBook): Promise<boolean> {
  const token = url.searchParams.get('token');
  switch (`${method} ${url.pathname}`) {
    case 'GET /__health':
      send(res, 200, { 'Content-Type': 'text/plain' }, 'ok');
      return true;
    case 'POST /__reset':
      // The one-time states of the fixtures only (`?token=`: that token's): faults and the request log belong to the
      // tests that set them.
      resetMockState(token ?? undefined);
      send(res, 204, {});
      return true;
    case 'POST /__faults': {
      try {
        const added = faults.add(await readJson(req));
        sendJson(res, 201, added.map(describeRule));
      } catch (error) {
        sendJson(res, 400, { code: 'validation_error', message: error instanceof Error ? error.message : 'bad rules', details: {} });
      }
      return true;
    }
    case 'GET /__faults':
      sendJson(res, 200, faults.list().map(describeRule));
      return true;
    case 'DELETE /__faults':
      sendJson(res, 200, { removed: faults.clear(token) });
      return true;
    case 'GET /__requests':
      sendJson(res, 200, faults.requests(token));
      return true;
    case 'DELETE /__requests':
      faults.forget(token);
      send(res, 204, {});
      return true;
    default:
      return false;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, fallbackOrigin: string, faults: FaultBook): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const host = req.headers.host;
  const origin = host && /^[\w.-]+(:\d+)?$/.test(host) ? `http://${host}` : fallbackOrigin;
  const url = new URL(req.url ?? '/', origin);

  if (method === 'OPTIONS') return send(res, 204, PREFLIGHT_HEADERS);
  if (url.pathname.startsWith('/__') && (await control(req, res, method, url, faults))) return;

  const isApi = url.pathname === API_PATH || url.pathname.startsWith(`${API_PATH}/`);
  if (isApi) {
    const token = bearerToken(req.headers.authorization);
    const apiPath = url.pathname.slice(API_PATH.length) || '/';
    // The log holds the method, the path and query, and a tag of the token: never the Authorization header.
    const logged = faults.record(method, apiPath + url.search, token);
    answering.set(res, logged);
    // Closed before the answer was complete: the client aborted (a dropped connection is the server's doing).
    res.once('close', () => {
      if (!res.writableFinished && logged.fault !== 'drop') logged.aborted = true;
    });
    const rule = faults.take(method, apiPath, url.search, token);
    if (rule) {
      logged.fault = rule.fault;
      return answerWithFault(rule, req, res, method, url, origin);
    }
  }

  const answer = (await realAnswer(req, method, url, origin)) ?? noRoute();
  send(res, answer.status, answer.headers, answer.body, method === 'HEAD');
}

export type MockApi = { url: string; faults: FaultBook; close: () => Promise<void> };

/**
 * Starts the mock API on 127.0.0.1 (port 0 picks a free one). `mediaBaseUrl`: where its sample downloads point (a
 * media server on another origin); unset, they point at the demo's own files, which only a demo build serves.
 */
export function startMockApi({ port = 4010, media }: { port?: number; media?: string } = {}): Promise<MockApi> {
  mediaBaseUrl = media;
  handlersByOrigin.clear();
  const faults = new FaultBook();
  const server = createServer((req, res) => {
    const address = server.address() as AddressInfo;
    handle(req, res, `http://${HOST}:${address.port}`, faults).catch((error: unknown) => {
      console.error('mock API error:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJsonError(res, 500, 'internal_error', 'The mock API failed to answer.', {});
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${HOST}:${actual}${API_PATH}`,
        faults,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (runDirectly) {
  const port = Number(process.env.PORT ?? 4010);
  // The samples' storage, on an origin of its own as the platform's cloud storage is (MEDIA_PORT, by default the
  // next port): the signed URLs of GET /samples/{id}/download point there.
  const mediaPort = Number(process.env.MEDIA_PORT ?? port + 1);
  startMediaServer(mediaPort)
    .then(async (media) => ({ media, api: await startMockApi({ port, media: media.url }) }))
    .then(({ media, api }) => {
      console.log(`mock API listening on ${api.url}, sample media on ${media.url}`);
      const stop = () => {
        void Promise.all([api.close(), media.close()]).then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      console.error(`mock API could not listen on ${HOST}:${port}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

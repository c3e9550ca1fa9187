// The demo mock as a real HTTP server (node:http), for e2e tests and for pointing the viewer at a local API:
//   npx tsx scripts/mock-api.ts        (PORT=4010 by default; base URL http://127.0.0.1:<port>/api/v1)
// It answers with the same msw handlers as the browser demo, adds CORS for any origin, and never logs requests
// (so never a token).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse, type HttpHandler } from 'msw';
import { createHandlers, resetMockState } from '../src/testing/mocks/handlers';

const API_PATH = '/api/v1';
const HOST = '127.0.0.1';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Location',
};

const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

// Handlers per origin the client used (127.0.0.1 or localhost), so 303 Locations and download URLs stay on it.
const handlersByOrigin = new Map<string, HttpHandler[]>();
function handlersFor(origin: string): HttpHandler[] {
  let handlers = handlersByOrigin.get(origin);
  if (!handlers) {
    handlers = createHandlers(`${origin}${API_PATH}`);
    handlersByOrigin.set(origin, handlers);
  }
  return handlers;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: string | Uint8Array, head = false): void {
  // A HEAD answer keeps the GET's length; everything else states the length of what it sends.
  const out: Record<string, string> = Object.fromEntries(
    Object.entries({ ...CORS_HEADERS, ...headers }).filter(([name]) => head || name.toLowerCase() !== 'content-length'),
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

async function handle(req: IncomingMessage, res: ServerResponse, fallbackOrigin: string): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const host = req.headers.host;
  const origin = host && /^[\w.-]+(:\d+)?$/.test(host) ? `http://${host}` : fallbackOrigin;
  const url = new URL(req.url ?? '/', origin);

  if (method === 'OPTIONS') return send(res, 204, PREFLIGHT_HEADERS);
  if (url.pathname === '/__health' && method === 'GET') return send(res, 200, { 'Content-Type': 'text/plain' }, 'ok');
  if (url.pathname === '/__reset' && method === 'POST') {
    resetMockState();
    return send(res, 204, {});
  }

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
  // HEAD is answered as GET without the body.
  const request = new Request(url, { method: method === 'HEAD' ? 'GET' : method, headers, body });
  const response = await getResponse(handlersFor(origin), request);
  if (!response) return sendJsonError(res, 404, 'not_found', 'No such route.', { method, path: url.pathname });

  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const bytes = response.status === 204 ? undefined : new Uint8Array(await response.arrayBuffer());
  send(res, response.status, out, bytes, method === 'HEAD');
}

export type MockApi = { url: string; close: () => Promise<void> };

/** Starts the mock API on 127.0.0.1 (port 0 picks a free one). */
export function startMockApi({ port = 4010 }: { port?: number } = {}): Promise<MockApi> {
  const server = createServer((req, res) => {
    const address = server.address() as AddressInfo;
    handle(req, res, `http://${HOST}:${address.port}`).catch((error: unknown) => {
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
  startMockApi({ port })
    .then((api) => {
      console.log(`mock API listening on ${api.url}`);
      const stop = () => {
        void api.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      console.error(`mock API could not listen on ${HOST}:${port}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

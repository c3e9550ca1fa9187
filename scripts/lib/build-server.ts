// A production build served as a production host would: brotli or gzip (compressed once, at start), hashed
// assets cached for a year as immutable, index.html revalidated every time and served for every in-app path (deep
// links survive a reload). `npm run lighthouse` and the bench's network case measure the app through it, the latter
// also over HTTP/2 (TLS with a throwaway self-signed certificate: browsers speak HTTP/2 only over TLS).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request as forward, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Content types by file extension, for this server and the real server's replay (scripts/replay-real-api.ts). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map']);

type Entry = { type: string; raw: Buffer; gzip?: Buffer; br?: Buffer; immutable: boolean };

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** Every file of `dir`, keyed by its URL path, compressed once. */
export function loadBuild(dir: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const path of filesOf(dir)) {
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const ext = extname(path);
    const raw = readFileSync(path);
    const entry: Entry = { type: CONTENT_TYPES[ext] ?? 'application/octet-stream', raw, immutable: url.startsWith('/assets/') };
    if (COMPRESSIBLE.has(ext) && raw.length > 512) {
      entry.gzip = gzipSync(raw, { level: 9 });
      entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    }
    entries.set(url, entry);
  }
  return entries;
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this process; null without openssl. */
export function throwawayCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'ccx-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      // prettier-ignore
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
        '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Headers HTTP/1.1 has and HTTP/2 forbids (connection-specific), and HTTP/2's pseudo-headers, which HTTP/1.1 lacks. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'host']);
const forwardable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(':') && !HOP_BY_HOP.has(name)));

type Closable = { close: (callback?: () => void) => unknown };

/**
 * Serves `dir` on `port` (127.0.0.1); `onRequest` hears each path asked for. `proxy` forwards a path prefix to another
 * server as it is (the API on the app's own origin, as a deployment beside the platform has it). With `tls`, HTTP/2
 * over TLS (HTTP/1.1 too, for clients that ask for it).
 */
export function serveBuild(
  dir: string,
  port: number,
  {
    onRequest,
    proxy,
    tls,
  }: { onRequest?: (path: string) => void; proxy?: { prefix: string; target: string }; tls?: { key: Buffer; cert: Buffer } } = {},
): Promise<Closable> {
  const entries = loadBuild(dir);
  const index = entries.get('/index.html');
  if (!index) throw new Error(`${dir} has no index.html: build it first`);
  // The two servers' request and response classes answer the calls used here alike.
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    onRequest?.(path);
    if (proxy && path.startsWith(proxy.prefix)) {
      const target = new URL(req.url ?? '/', proxy.target);
      const headers = { ...forwardable(req.headers), host: target.host };
      const upstream = forward(target, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // An in-app path (no file of that name, and not under /assets/, where a miss is a real 404) gets index.html.
    const entry = entries.get(path) ?? (path.startsWith('/assets/') || extname(path) ? undefined : index);
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      entry.br && /\bbr\b/.test(accepts)
        ? ['br', entry.br]
        : entry.gzip && /\bgzip\b/.test(accepts)
          ? ['gzip', entry.gzip]
          : [null, entry.raw];
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': String(body.length),
      'Cache-Control': entry.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(entry.gzip ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, (req: Http2ServerRequest, res: Http2ServerResponse) =>
        handle(req as unknown as IncomingMessage, res as unknown as ServerResponse),
      )
    : createServer(handle);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

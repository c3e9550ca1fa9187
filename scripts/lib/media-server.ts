// The storage of the HTTP mock's signed URLs: the demo's sample media (src/testing/media) on an origin of its own,
// as the platform's cloud storage is, with range requests (206 Partial Content) so players seek without reading a
// file whole, and CORS for the page's own reads (the MPEG-TS player and the probe of a file's start).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRange } from '../../src/testing/mocks/data/byte-range';

const MEDIA_DIR = fileURLToPath(new URL('../../src/testing/media/', import.meta.url));
const TYPES: Record<string, string> = { webm: 'video/webm', mpegts: 'video/mp2t', mp4: 'video/mp4' };

export { parseRange };

export type MediaRequest = { file: string; range: string | null; status: number };

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges',
};

async function answer(req: IncomingMessage, res: ServerResponse, log: MediaRequest[]): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://storage');
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Access-Control-Allow-Headers': 'Range',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }
  if (url.pathname === '/__requests') {
    res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(log));
    return;
  }
  const name = basename(decodeURIComponent(url.pathname));
  const type = TYPES[name.split('.').pop() ?? ''];
  const bytes = type ? await readFile(MEDIA_DIR + name).catch(() => null) : null;
  if (!bytes || !type) {
    res.writeHead(404, { ...CORS, 'Content-Type': 'text/plain' });
    res.end('no such file');
    return;
  }
  const range = parseRange(req.headers.range, bytes.length);
  const head = req.method === 'HEAD';
  const base = { ...CORS, 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  let status: number;
  if (range === 'unsatisfiable') {
    status = 416;
    res.writeHead(416, { ...base, 'Content-Range': `bytes */${bytes.length}` });
    res.end();
  } else if (range) {
    const [start, end] = range;
    status = 206;
    res.writeHead(206, { ...base, 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Content-Length': String(end - start + 1) });
    res.end(head ? undefined : bytes.subarray(start, end + 1));
  } else {
    status = 200;
    res.writeHead(200, { ...base, 'Content-Length': String(bytes.length) });
    res.end(head ? undefined : bytes);
  }
  log.push({ file: name, range: req.headers.range ?? null, status });
  if (log.length > 500) log.splice(0, log.length - 500);
}

export type MediaServer = { url: string; close: () => Promise<void> };

/** Starts the storage server on 127.0.0.1 (port 0 picks a free one). */
export function startMediaServer(port: number): Promise<MediaServer> {
  const log: MediaRequest[] = [];
  const server = createServer((req, res) => {
    answer(req, res, log).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

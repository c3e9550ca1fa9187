import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange, startMediaServer, type MediaServer } from './media-server';

describe('parseRange', () => {
  it('reads one byte range, open-ended and suffix ranges included', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual([0, 99]);
    expect(parseRange('bytes=900-', 1000)).toEqual([900, 999]);
    expect(parseRange('bytes=-100', 1000)).toEqual([900, 999]);
    expect(parseRange('bytes=990-5000', 1000)).toEqual([990, 999]);
  });

  it('says what it cannot satisfy, and answers whole what it does not understand', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-2', 1000)).toBe('unsatisfiable');
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
  });
});

describe('the media server', () => {
  let server: MediaServer;
  beforeAll(async () => {
    server = await startMediaServer(0);
  });
  afterAll(() => server.close());

  it('answers a range with 206 and the bytes asked for, with CORS', async () => {
    const response = await fetch(`${server.url}/test-pattern.webm`, { headers: { Range: 'bytes=0-3' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toMatch(/^bytes 0-3\/\d+$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    // The EBML magic number that starts every WebM file.
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  });

  it('answers the whole file without a range, and 404 for anything else', async () => {
    const whole = await fetch(`${server.url}/test-pattern-h264.mpegts`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect((await whole.arrayBuffer()).byteLength % 188).toBe(0);
    expect((await fetch(`${server.url}/../package.json`)).status).toBe(404);
  });
});

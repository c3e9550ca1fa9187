import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerOf, playPlan, probeTransportStream, type BrowserMedia } from './media-support';

// The demo's media (scripts/make-demo-media.sh): the first 64 KB are what the player reads with a range request.
const head = (name: string) => new Uint8Array(readFileSync(new URL(`../../../testing/media/${name}`, import.meta.url))).subarray(0, 65_536);

const CHROME: BrowserMedia = { canPlay: () => true, mseSupports: () => true };
const NO_MSE: BrowserMedia = { canPlay: () => true, mseSupports: () => false };

describe('containerOf', () => {
  it('reads the container from the stored name', () => {
    expect(containerOf('aa7bbed19ef3.ts')).toBe('mpegts');
    expect(containerOf('x.M2TS')).toBe('mpegts');
    expect(containerOf('x.mpg')).toBe('program-stream');
    expect(containerOf('x.mkv')).toBe('matroska');
    expect(containerOf('x.wtv')).toBe('wtv');
    expect(containerOf('x.webm')).toBe('webm');
    expect(containerOf('x.mp4')).toBe('mp4');
    expect(containerOf('no-extension')).toBe('other');
  });
});

describe('probeTransportStream', () => {
  it('finds H.264 and MPEG-2 video in the program map', () => {
    expect(probeTransportStream(head('test-pattern-h264.mpegts'))).toEqual({ codec: 'h264', streamType: 0x1b });
    expect(probeTransportStream(head('test-pattern-mpeg2.mpegts'))).toEqual({ codec: 'mpeg2', streamType: 0x02 });
  });

  it('reads 192-byte packets (.m2ts) too', () => {
    const ts = head('test-pattern-h264.mpegts');
    const packets = ts.length / 188;
    const m2ts = new Uint8Array(Math.floor(packets) * 192);
    for (let i = 0; i < Math.floor(packets); i++) m2ts.set(ts.subarray(i * 188, i * 188 + 188), i * 192 + 4);
    expect(probeTransportStream(m2ts)).toEqual({ codec: 'h264', streamType: 0x1b });
  });

  it('says when the bytes are no transport stream', () => {
    expect(probeTransportStream(head('test-pattern.webm'))).toBeNull();
    expect(probeTransportStream(new Uint8Array(0))).toBeNull();
  });
});

describe('playPlan', () => {
  it('plays WebM and MP4 in the <video> element, and lets it try Matroska', () => {
    expect(playPlan('webm', undefined, CHROME)).toEqual({ kind: 'native' });
    expect(playPlan('mp4', undefined, CHROME)).toEqual({ kind: 'native' });
    expect(playPlan('matroska', undefined, CHROME)).toEqual({ kind: 'native' });
    expect(playPlan('webm', undefined, { ...CHROME, canPlay: () => false })).toEqual({
      kind: 'cannot',
      reason: 'it does not play WebM files',
    });
  });

  it('plays H.264 in a transport stream through MSE, where the browser has it', () => {
    expect(playPlan('mpegts', { codec: 'h264', streamType: 0x1b }, CHROME)).toEqual({ kind: 'mpegts' });
    expect(playPlan('mpegts', undefined, CHROME)).toEqual({ kind: 'mpegts' });
    expect(playPlan('mpegts', { codec: 'h264', streamType: 0x1b }, NO_MSE)).toEqual({
      kind: 'cannot',
      reason: 'it cannot decode H.264 video through Media Source Extensions',
    });
  });

  it('says why it cannot: MPEG-2 video, program streams, Windows TV recordings, no video', () => {
    expect(playPlan('mpegts', { codec: 'mpeg2', streamType: 2 }, CHROME)).toEqual({
      kind: 'cannot',
      reason: 'its video is MPEG-2, which browsers do not decode',
    });
    expect(playPlan('program-stream', undefined, CHROME)).toMatchObject({
      kind: 'cannot',
      reason: expect.stringContaining('program stream'),
    });
    expect(playPlan('wtv', undefined, CHROME)).toMatchObject({ kind: 'cannot', reason: expect.stringContaining('Windows TV recording') });
    expect(playPlan('mpegts', { codec: 'none', streamType: null }, CHROME)).toMatchObject({ kind: 'cannot' });
    expect(playPlan('mpegts', null, CHROME)).toMatchObject({ kind: 'cannot', reason: expect.stringContaining('transport stream') });
  });
});

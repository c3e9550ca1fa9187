import { describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { outputFile as testOutputFile } from '../test-support';
import { decodeBytes, decodeOutputFile, encodingLabel, InvalidBase64Error } from './decode-content';

type OutputFile = components['schemas']['OutputFile'];

const outputFile = (overrides: Partial<OutputFile>) => testOutputFile({ encoding: 'base64', ...overrides });

const b64 = (bytes: number[] | Uint8Array) => Buffer.from(Uint8Array.from(bytes)).toString('base64');

function decodeText(bytes: number[] | Uint8Array, overrides: Partial<OutputFile> = {}) {
  const decoded = decodeOutputFile(outputFile({ content: b64(bytes), ...overrides }));
  if (decoded.kind !== 'text') throw new Error(`expected text, got ${decoded.kind}`);
  return decoded;
}

describe('decodeOutputFile', () => {
  it('reports a file lost by storage as unavailable, not as an empty file', () => {
    expect(decodeOutputFile(outputFile({ storage_status: 'missing', content: '' }))).toEqual({ kind: 'unavailable' });
    // An empty file that storage does have is an empty text.
    expect(decodeOutputFile(outputFile({ content: '' }))).toMatchObject({ kind: 'text', text: '', byteLength: 0 });
  });

  it('still decodes a degraded file', () => {
    expect(decodeText([0x68, 0x69], { storage_status: 'degraded' }).text).toBe('hi');
  });

  it('takes server-confirmed UTF-8 text as is', () => {
    const decoded = decodeOutputFile(outputFile({ encoding: 'utf-8', content: 'Größe\r\n' }));
    expect(decoded).toMatchObject({ kind: 'text', text: 'Größe\r\n', encoding: 'utf-8', byteLength: 9, invalidBytes: 0 });
    if (decoded.kind === 'text') expect(Array.from(decoded.bytes.subarray(0, 4))).toEqual([0x47, 0x72, 0xc3, 0xb6]);
  });

  it('decodes base64 of valid UTF-8 with accents', () => {
    const raw = new TextEncoder().encode('1\n00:00:01,000 --> 00:00:02,500\nÇa déjà vu, señor — 字幕\n');
    const decoded = decodeText(raw);
    expect(decoded.text).toBe('1\n00:00:01,000 --> 00:00:02,500\nÇa déjà vu, señor — 字幕\n');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.byteLength).toBe(raw.length);
    expect(decoded.invalidBytes).toBe(0);
  });

  it('falls back to Windows-1252 and counts the non-UTF-8 bytes', () => {
    const decoded = decodeText([0x47, 0x72, 0xf6, 0xdf, 0x65]);
    expect(decoded.text).toBe('Größe');
    expect(decoded.encoding).toBe('windows-1252');
    expect(encodingLabel(decoded.encoding)).toBe('Windows-1252');
    expect(decoded.invalidBytes).toBe(2);
    expect(decoded.byteLength).toBe(5);
  });

  it('maps Windows-1252 specials such as the euro sign and curly quotes', () => {
    expect(decodeText([0x80, 0x20, 0x93, 0x61, 0x94]).text).toBe('€ “a”');
  });

  it('strips a UTF-8 BOM but keeps it in the raw bytes', () => {
    const decoded = decodeText([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa9]);
    expect(decoded.text).toBe('Hé');
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.byteLength).toBe(6);
    expect(decoded.bytes[0]).toBe(0xef);
  });

  it('keeps a second BOM as a visible U+FEFF', () => {
    expect(decodeText([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]).text).toBe('\uFEFFA');
  });

  it('decodes UTF-16 LE and BE with a BOM, despite their NUL bytes', () => {
    const le = decodeText([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00, 0x0a, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    expect(le.text).toBe('Hé\n😀');
    expect(le.encoding).toBe('utf-16le');
    expect(le.invalidBytes).toBe(0);
    expect(encodingLabel(le.encoding)).toBe('UTF-16 LE (BOM)');

    const be = decodeText([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9]);
    expect(be.text).toBe('Hé');
    expect(be.encoding).toBe('utf-16be');
  });

  it('counts lone surrogates and an odd trailing byte in UTF-16', () => {
    expect(decodeText([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]).invalidBytes).toBe(2);
    expect(decodeText([0xff, 0xfe, 0x41, 0x00, 0x42]).invalidBytes).toBe(1);
    // Truncated content: the odd byte is the cut, not corruption.
    const cut = decodeText([0xff, 0xfe, 0x41, 0x00, 0x42], { truncated: true });
    expect(cut.invalidBytes).toBe(0);
    expect(cut.text).toBe('A');
  });

  it('drops a surrogate pair split by the cut of a truncated UTF-16 file', () => {
    const raw = [0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8]; // 'A' then the high half of 😀
    expect(decodeText(raw, { truncated: true })).toMatchObject({ text: 'A', invalidBytes: 0 });
    expect(decodeText(raw)).toMatchObject({ text: 'A\uFFFD', invalidBytes: 2 });
  });

  it('treats content with NUL bytes as binary', () => {
    const decoded = decodeOutputFile(outputFile({ content: b64([0x00, 0x00, 0x01, 0xba, 0x44, 0x00]) }));
    expect(decoded).toMatchObject({ kind: 'binary', byteLength: 6 });
    if (decoded.kind === 'binary') expect(Array.from(decoded.bytes)).toEqual([0x00, 0x00, 0x01, 0xba, 0x44, 0x00]);
  });

  it('treats mostly-control content as binary, even after a UTF-16 BOM', () => {
    const controls = Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41));
    expect(decodeOutputFile(outputFile({ content: b64(controls) })).kind).toBe('binary');
    const utf16Nuls = [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00];
    expect(decodeOutputFile(outputFile({ content: b64(utf16Nuls) })).kind).toBe('binary');
  });

  it('does not mistake a character split by truncation for Windows-1252', () => {
    const raw = new TextEncoder().encode('déjà vu €').subarray(0, 12); // cuts inside €
    const cut = decodeText(raw, { truncated: true });
    expect(cut.encoding).toBe('utf-8');
    expect(cut.text).toBe('déjà vu ');
    // Without the truncated flag the same bytes are not valid UTF-8.
    expect(decodeText(raw).encoding).toBe('windows-1252');
  });

  it('drops a split character at the cut of a truncated UTF-8 file with a BOM', () => {
    const raw = [0xef, 0xbb, 0xbf, 0x61, 0xe2, 0x82]; // 'a' then the first two bytes of €
    expect(decodeText(raw, { truncated: true })).toMatchObject({ text: 'a', encoding: 'utf-8-bom', invalidBytes: 0 });
    expect(decodeText(raw)).toMatchObject({ text: 'a\uFFFD', invalidBytes: 2 });
  });

  it('throws on malformed base64', () => {
    expect(() => decodeOutputFile(outputFile({ content: 'not base64!' }))).toThrow(InvalidBase64Error);
  });

  it('decodes a 1 MiB base64 payload', () => {
    const line = new TextEncoder().encode('00:00:01,000 --> 00:00:02,000 Größe\n');
    const raw = new Uint8Array(786_432);
    for (let i = 0; i < raw.length; i += 1) raw[i] = line[i % line.length] ?? 0;
    const decoded = decodeText(raw, { truncated: true });
    expect(decoded.byteLength).toBe(786_432);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('00:00:01,000 --> 00:00:02,000 Größe\n')).toBe(true);
  });
});

describe('decodeBytes', () => {
  it('is usable directly on fetched bytes', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0x0a]))).toMatchObject({ kind: 'text', text: 'a\n', encoding: 'utf-8' });
  });
});

describe('encodingLabel', () => {
  it('names every encoding in words', () => {
    expect(encodingLabel('utf-8')).toBe('UTF-8');
    expect(encodingLabel('utf-8-bom')).toBe('UTF-8 with BOM');
    expect(encodingLabel('utf-16be')).toBe('UTF-16 BE (BOM)');
  });
});

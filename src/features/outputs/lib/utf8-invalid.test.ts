import { describe, expect, it } from 'vitest';
import { countInvalidUtf8Bytes } from './utf8-invalid';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('countInvalidUtf8Bytes', () => {
  it('finds nothing wrong in valid UTF-8 of every length', () => {
    expect(countInvalidUtf8Bytes(utf8('plain ASCII'))).toBe(0);
    expect(countInvalidUtf8Bytes(utf8('Größe € 字幕 🎬'))).toBe(0);
    expect(countInvalidUtf8Bytes(new Uint8Array())).toBe(0);
  });

  it('counts Windows-1252 high bytes', () => {
    // "Größe" in Windows-1252: ö = F6 (never valid), ß = DF (lead without continuation).
    expect(countInvalidUtf8Bytes(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe(2);
  });

  it('rejects overlongs, surrogates and code points past U+10FFFF', () => {
    expect(countInvalidUtf8Bytes(new Uint8Array([0xc0, 0xaf]))).toBe(2); // overlong '/'
    expect(countInvalidUtf8Bytes(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(3);
    expect(countInvalidUtf8Bytes(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(3); // U+D800
    expect(countInvalidUtf8Bytes(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(4);
    expect(countInvalidUtf8Bytes(new Uint8Array([0x80, 0x41]))).toBe(1); // stray continuation
  });

  it('counts only the broken prefix of a sequence', () => {
    // E2 82 then 'A': the two bytes are invalid, 'A' is fine.
    expect(countInvalidUtf8Bytes(new Uint8Array([0xe2, 0x82, 0x41]))).toBe(2);
  });

  it('tolerates a split sequence at the end only when asked', () => {
    const cut = utf8('ab€').subarray(0, 4); // € is E2 82 AC; keep E2 82
    expect(countInvalidUtf8Bytes(cut)).toBe(2);
    expect(countInvalidUtf8Bytes(cut, true)).toBe(0);
  });
});

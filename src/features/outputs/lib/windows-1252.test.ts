import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './windows-1252';

describe('decodeWindows1252', () => {
  it('decodes German text', () => {
    expect(decodeWindows1252(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe('Größe');
  });

  it('maps 0x80–0x9F to the Windows-1252 characters, not C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x20, 0x93, 0x61, 0x94, 0x85, 0x99]))).toBe('€ “a”…™');
    expect(decodeWindows1252(new Uint8Array([0x8a, 0x8c, 0x9f]))).toBe('ŠŒŸ');
  });

  it('keeps the five undefined bytes as their C1 code points (WHATWG)', () => {
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('decodes every byte to exactly one character', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(256);
    expect(text.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });
});

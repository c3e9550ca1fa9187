import { describe, expect, it } from 'vitest';
import { base64ToBytes, InvalidBase64Error } from './base64';

const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));

describe('base64ToBytes', () => {
  it('decodes padded and unpadded input', () => {
    expect(Array.from(base64ToBytes('SGVsbG8='))).toEqual(bytesOf('Hello'));
    expect(Array.from(base64ToBytes('SGVsbG8'))).toEqual(bytesOf('Hello'));
    expect(Array.from(base64ToBytes('SGk='))).toEqual(bytesOf('Hi'));
    expect(Array.from(base64ToBytes('SGk'))).toEqual(bytesOf('Hi'));
    expect(Array.from(base64ToBytes('YWJj'))).toEqual(bytesOf('abc'));
    expect(base64ToBytes('').length).toBe(0);
  });

  it('decodes high bytes and the URL-safe alphabet', () => {
    expect(Array.from(base64ToBytes('//79'))).toEqual([0xff, 0xfe, 0xfd]);
    expect(Array.from(base64ToBytes('__79'))).toEqual([0xff, 0xfe, 0xfd]);
  });

  it('ignores whitespace and line wrapping', () => {
    expect(Array.from(base64ToBytes('SGVs\r\nbG8=\n'))).toEqual(bytesOf('Hello'));
  });

  it('drops a dangling partial quantum from a cut-off payload', () => {
    // 'SGVsbG8gV' is 'Hello ' plus one stray character.
    expect(new TextDecoder().decode(base64ToBytes('SGVsbG8gV'))).toBe('Hello ');
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base64ToBytes('SGV*bG8=')).toThrow(InvalidBase64Error);
    expect(() => base64ToBytes('SGVsbG8=x')).toThrow(InvalidBase64Error);
    expect(() => base64ToBytes('SGVsé')).toThrow(/position 4/);
  });

  it('matches Buffer on a large random payload', () => {
    const raw = new Uint8Array(786_432); // 1 MiB of base64
    for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7919 + (i >> 3)) & 0xff;
    const encoded = Buffer.from(raw).toString('base64');
    expect(encoded.length).toBe(1_048_576);
    const decoded = base64ToBytes(encoded);
    expect(decoded.length).toBe(raw.length);
    expect(Buffer.from(decoded).equals(Buffer.from(raw))).toBe(true);
  });
});

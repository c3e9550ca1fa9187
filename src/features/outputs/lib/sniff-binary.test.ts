import { describe, expect, it } from 'vitest';
import { leadingCodeUnits, looksBinary, SNIFF_UNITS } from './sniff-binary';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('looksBinary', () => {
  it('accepts text with tabs, CRLF, form feeds and ANSI escapes', () => {
    expect(looksBinary(utf8('1\r\n00:00:01,000 --> 00:00:02,000\r\n\tHi\f\x1b[0m\v\r\n'))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it('flags a NUL byte in the sampled prefix', () => {
    expect(looksBinary(new Uint8Array([0x47, 0x00, 0x41]))).toBe(true);
  });

  it('ignores a NUL past the sampled prefix', () => {
    const bytes = new Uint8Array(SNIFF_UNITS + 10).fill(0x61);
    bytes[SNIFF_UNITS + 5] = 0;
    expect(looksBinary(bytes)).toBe(false);
  });

  it('flags content where more than 10% are non-text controls', () => {
    const mostlyText = utf8('a'.repeat(90) + '\x01'.repeat(10)); // exactly 10%
    const tooMany = utf8('a'.repeat(89) + '\x01'.repeat(11));
    expect(looksBinary(mostlyText)).toBe(false);
    expect(looksBinary(tooMany)).toBe(true);
  });

  it('works on decoded text too', () => {
    expect(looksBinary(leadingCodeUnits('Größe\u0000'))).toBe(true);
    expect(looksBinary(leadingCodeUnits('Größe'))).toBe(false);
    expect(leadingCodeUnits('x'.repeat(SNIFF_UNITS * 2)).length).toBe(SNIFF_UNITS);
  });
});

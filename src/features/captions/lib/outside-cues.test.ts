import { describe, expect, it } from 'vitest';
import { outsideCues } from './outside-cues';

const SRT = '1\n00:00:01,000 --> 00:00:02,000\nHi\n\n';

describe('outsideCues', () => {
  it('is none for the same text', () => {
    expect(outsideCues(SRT, SRT)).toBe('none');
  });

  it('calls CRLF, a BOM, blank lines and trailing spaces whitespace', () => {
    expect(outsideCues(SRT, `\ufeff${SRT.replaceAll('\n', '\r\n')}\r\n\r\n`)).toBe('whitespace');
    expect(outsideCues(SRT, SRT.replace('Hi', 'Hi  '))).toBe('whitespace');
  });

  it('calls renumbering something else', () => {
    expect(outsideCues(SRT, SRT.replace('1', '0'))).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { countFileLines, hasFinalNewline, splitFileLines } from './file-lines';

describe('splitFileLines', () => {
  it('splits on LF only and keeps the CR of CRLF lines', () => {
    expect(splitFileLines('a\r\nb\r\n')).toEqual(['a\r', 'b\r']);
    expect(splitFileLines('a\nb')).toEqual(['a', 'b']);
  });

  it('counts blank lines but not the final newline', () => {
    expect(splitFileLines('1\n\n2\n')).toEqual(['1', '', '2']);
    expect(splitFileLines('\n')).toEqual(['']);
    expect(splitFileLines('')).toEqual([]);
  });
});

describe('hasFinalNewline', () => {
  it('is false only for a non-empty file without a trailing LF', () => {
    expect(hasFinalNewline('a\n')).toBe(true);
    expect(hasFinalNewline('a\r\n')).toBe(true);
    expect(hasFinalNewline('')).toBe(true);
    expect(hasFinalNewline('</tt>')).toBe(false);
  });
});

describe('countFileLines', () => {
  it('counts what splitFileLines returns', () => {
    for (const text of ['', '\n', 'a', 'a\n', 'a\r\nb\r\n', '1\n\n2\n', 'a\nb', '\n\n']) {
      expect(countFileLines(text)).toBe(splitFileLines(text).length);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { countLines, splitLines } from './text-lines';

describe('splitLines', () => {
  it('splits on LF, CRLF and CR alike', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not count the final newline as a line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\n')).toEqual(['a']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });

  it('keeps blank lines in the middle', () => {
    expect(splitLines('1\n\n2\n')).toEqual(['1', '', '2']);
    expect(countLines('1\r\n\r\n2\r\n')).toBe(3);
  });
});

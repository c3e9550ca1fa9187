import { describe, expect, it } from 'vitest';
import { isBlank, splitLines, stripBom } from './split-lines';

describe('splitLines', () => {
  it('splits LF, CRLF and CR alike and drops a leading BOM', () => {
    expect(splitLines('\ufeffa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps trailing spaces on a line; a final line end starts no line', () => {
    expect(splitLines('HELLO  \r\n')).toEqual(['HELLO  ']);
  });
});

describe('stripBom / isBlank', () => {
  it('removes only a leading BOM', () => {
    expect(stripBom('\ufeffx\ufeff')).toBe('x\ufeff');
    expect(stripBom('x')).toBe('x');
  });

  it('treats whitespace-only lines as blank', () => {
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(' 1 ')).toBe(false);
  });
});

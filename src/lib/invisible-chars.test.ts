import { describe, expect, it } from 'vitest';
import { codePointName, hasHiddenChars, visibleSegments, visibleText } from './invisible-chars';

describe('visibleSegments', () => {
  it('replaces bidi, zero-width, control characters and line breaks with labels', () => {
    expect(visibleSegments('clip_\u202E4pm.exe')).toEqual([
      { text: 'clip_' },
      { text: '<U+202E>', hidden: { codePoint: 0x202e, kind: 'bidi' } },
      { text: '4pm.exe' },
    ]);
    expect(visibleText('a\u200Bb\u0000c\u001B[31md\ne')).toBe('a<U+200B>b<U+0000>c<U+001B>[31md<U+000A>e');
    expect(visibleText('tag\u{E0041}')).toBe('tag<U+E0041>');
  });

  it('leaves ordinary text, tabs, right-to-left scripts and emoji alone', () => {
    for (const text of ['KTVU_Fox2_2012-11-06.ts', 'a\tb', 'שלום.ts', 'عربى', '📺 news', '']) {
      expect(visibleText(text)).toBe(text);
      expect(hasHiddenChars(text)).toBe(false);
    }
    expect(hasHiddenChars('x\u2066')).toBe(true);
  });

  it('names the characters for tooltips', () => {
    expect(codePointName(0x202e)).toBe('U+202E right-to-left override');
    expect(codePointName(0x85)).toBe('U+0085 control character');
    expect(codePointName(0xe0041)).toBe('U+E0041 invisible character');
  });
});

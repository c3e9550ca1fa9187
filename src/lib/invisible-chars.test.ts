import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  codePointName,
  countInvisibleChars,
  hasHiddenChars,
  invisibleKind,
  visibleSegments,
  visibleText,
} from './invisible-chars';

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

describe('invisibleKind', () => {
  it('classifies C0, DEL and C1 controls', () => {
    expect(invisibleKind(0x00)).toBe('control');
    expect(invisibleKind(0x1b)).toBe('control');
    expect(invisibleKind(0x7f)).toBe('control');
    expect(invisibleKind(0x85)).toBe('control');
    expect(invisibleKind(0x9f)).toBe('control');
  });

  it('leaves tab, LF, CR and ordinary characters alone', () => {
    for (const code of [0x09, 0x0a, 0x0d, 0x20, 0x41, 0xa0, 0xe9, 0x5b57]) expect(invisibleKind(code)).toBeNull();
  });

  it('classifies bidi controls', () => {
    for (const code of [0x202a, 0x202e, 0x2066, 0x2069, 0x200f]) expect(invisibleKind(code)).toBe('bidi');
    expect(invisibleKind(0x2029)).toBe('control');
    expect(invisibleKind(0x202f)).toBeNull(); // narrow no-break space is visible spacing
  });

  it('classifies zero-width characters', () => {
    for (const code of [0x200b, 0x200c, 0x200d, 0xfeff, 0xe0041]) expect(invisibleKind(code)).toBe('zero-width');
  });
});

describe('codePointLabel', () => {
  it('writes at least four upper-case hex digits', () => {
    expect(codePointLabel(0x202e)).toBe('<U+202E>');
    expect(codePointLabel(0x1)).toBe('<U+0001>');
    expect(codePointLabel(0xe0041)).toBe('<U+E0041>');
  });
});

describe('countInvisibleChars', () => {
  it('counts hidden characters, not tabs or line breaks', () => {
    expect(countInvisibleChars('a\tb\r\n')).toBe(0);
    expect(countInvisibleChars('pay\u200Bpal \u202Eevil\u202C \u0001')).toBe(4);
  });
});

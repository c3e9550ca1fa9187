import { describe, expect, it } from 'vitest';
import { codePointLabel, countInvisibleChars, invisibleKind } from './invisible-chars';

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

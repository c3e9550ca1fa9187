import { describe, expect, it } from 'vitest';
import { visibleWhitespace } from './visible-whitespace';

const rendered = (line: string) =>
  visibleWhitespace(line)
    .map((segment) => segment.text)
    .join('');
const restored = (line: string) =>
  visibleWhitespace(line)
    .map((segment) => segment.original ?? segment.text)
    .join('');

describe('visibleWhitespace', () => {
  it('leaves an ordinary line as one plain segment', () => {
    expect(visibleWhitespace('00:00:01,000 --> 00:00:02,000')).toEqual([{ text: '00:00:01,000 --> 00:00:02,000' }]);
    expect(visibleWhitespace('')).toEqual([]);
  });

  it('shows tabs as arrows, grouping a run', () => {
    expect(visibleWhitespace('a\t\tb')).toEqual([{ text: 'a' }, { text: '→→', marker: 'tab', original: '\t\t' }, { text: 'b' }]);
  });

  it('shows trailing spaces as dots but leaves inner spaces alone', () => {
    expect(visibleWhitespace('Hello world  ')).toEqual([{ text: 'Hello world' }, { text: '··', marker: 'trailing-space', original: '  ' }]);
  });

  it('marks trailing tabs mixed with spaces', () => {
    expect(rendered('end \t ')).toBe('end·→·');
    expect(visibleWhitespace('end \t ').map((s) => s.marker)).toEqual([undefined, 'trailing-space', 'tab', 'trailing-space']);
  });

  it('shows a trailing CR after the trailing whitespace', () => {
    expect(visibleWhitespace('Hi \r')).toEqual([
      { text: 'Hi' },
      { text: '·', marker: 'trailing-space', original: ' ' },
      { text: '↵', marker: 'cr', original: '\r' },
    ]);
  });

  it('labels a CR inside a line as a control character', () => {
    expect(visibleWhitespace('a\rb')).toEqual([{ text: 'a' }, { text: '<U+000D>', marker: 'control', original: '\r' }, { text: 'b' }]);
  });

  it('neutralises bidi overrides so they cannot reorder the line', () => {
    const segments = visibleWhitespace('access\u202E \u2066level\u2069');
    expect(segments).toEqual([
      { text: 'access' },
      { text: '<U+202E>', marker: 'bidi', original: '\u202E' },
      { text: ' ' },
      { text: '<U+2066>', marker: 'bidi', original: '\u2066' },
      { text: 'level' },
      { text: '<U+2069>', marker: 'bidi', original: '\u2069' },
    ]);
    // No bidi control survives in what is drawn.
    expect(rendered('access\u202E \u2066level\u2069')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('labels zero-width and control characters, including astral tag characters', () => {
    expect(rendered('pay\u200Bpal\uFEFF')).toBe('pay<U+200B>pal<U+FEFF>');
    expect(rendered('\u0001x\u0085')).toBe('<U+0001>x<U+0085>');
    expect(rendered('a\u{E0041}b')).toBe('a<U+E0041>b');
    expect(visibleWhitespace('\u200D')[0]).toEqual({ text: '<U+200D>', marker: 'zero-width', original: '\u200D' });
  });

  it('keeps emoji and accented text intact', () => {
    expect(visibleWhitespace('Größe 🎬 字幕')).toEqual([{ text: 'Größe 🎬 字幕' }]);
  });

  it('can always restore the original line', () => {
    for (const line of ['a\t b  \r', '\u202Ex\u200B\t', ' \t \r', 'x\u0000y', '\r']) expect(restored(line)).toBe(line);
  });
});

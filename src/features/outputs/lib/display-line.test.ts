import { describe, expect, it } from 'vitest';
import { displayLine, markerRuns, NO_FINAL_NEWLINE } from './display-line';

describe('displayLine', () => {
  it('hides a CRLF line ending unless line endings are being compared', () => {
    expect(displayLine('STOCKS\r', { showCr: false })).toBe('STOCKS');
    expect(displayLine('STOCKS\r', { showCr: true })).toBe('STOCKS↵');
  });

  it('shows tabs, trailing whitespace and hidden characters', () => {
    expect(displayLine('BILL   \t \t \r', { showCr: false })).toBe('BILL···→·→·');
    expect(displayLine('a\u200Bb', { showCr: false })).toBe('a<U+200B>b');
  });

  it('marks the last line of a file without a final newline', () => {
    expect(displayLine('</tt>', { showCr: false, noFinalNewline: true })).toBe(`</tt>${NO_FINAL_NEWLINE}`);
  });
});

describe('markerRuns', () => {
  it('finds each kind of marker', () => {
    expect(markerRuns('a→b<U+202E>c··↵⊘')).toEqual([
      { text: 'a' },
      { text: '→', marker: 'tab' },
      { text: 'b' },
      { text: '<U+202E>', marker: 'bidi' },
      { text: 'c' },
      { text: '··', marker: 'trailing-space' },
      { text: '↵', marker: 'cr' },
      { text: '⊘', marker: 'no-newline' },
    ]);
  });

  it('treats dots inside a line as text', () => {
    expect(markerRuns('l·l')).toEqual([{ text: 'l·l' }]);
    expect(markerRuns('')).toEqual([]);
  });

  it('classifies code-point labels', () => {
    expect(markerRuns('<U+0007>')).toEqual([{ text: '<U+0007>', marker: 'control' }]);
    expect(markerRuns('<U+200B>')).toEqual([{ text: '<U+200B>', marker: 'zero-width' }]);
  });
});

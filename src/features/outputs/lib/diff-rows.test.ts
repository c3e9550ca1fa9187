import { describe, expect, it } from 'vitest';
import { added, context, hunk, removed } from './diff-fixtures';
import { hunkToSides } from './hunk-sides';
import type { DiffHunk } from '@/api/types';

/** Compact picture of the rows: "12 a | 12 b", blanks as "-". */
const picture = (h: DiffHunk) =>
  hunkToSides(h).map((r) => `${r.left ? `${r.left.line} ${r.left.text}` : '-'} | ${r.right ? `${r.right.line} ${r.right.text}` : '-'}`);

describe('hunkToSides', () => {
  it('puts context on both sides with each file’s own line number', () => {
    expect(hunkToSides(hunk([context('Hello', 12, 14)]))).toEqual([
      { left: { line: 12, text: 'Hello', kind: 'context' }, right: { line: 14, text: 'Hello', kind: 'context' } },
    ]);
  });

  it('pairs a removed run with the added run after it, row by row', () => {
    const h = hunk([
      context('1', 10, 10),
      removed('00:00:01,000 --> 00:00:02,000', 11),
      removed('Hello', 12),
      added('00:00:01,001 --> 00:00:02,000', 11),
      context('', 13, 12),
    ]);
    expect(picture(h)).toEqual([
      '10 1 | 10 1',
      '11 00:00:01,000 --> 00:00:02,000 | 11 00:00:01,001 --> 00:00:02,000',
      '12 Hello | -',
      '13  | 12 ',
    ]);
    expect(hunkToSides(h)[2]).toEqual({ left: { line: 12, text: 'Hello', kind: 'removed' } });
  });

  it('leaves blanks on the left when more lines were added', () => {
    const h = hunk([removed('a', 5), added('A', 5), added('B', 6), added('C', 7)]);
    expect(picture(h)).toEqual(['5 a | 5 A', '- | 6 B', '- | 7 C']);
  });

  it('does not pair an added run with removed lines that come after it', () => {
    const h = hunk([added('new', 3), removed('old', 3), context('x', 4, 4)]);
    expect(picture(h)).toEqual(['- | 3 new', '3 old | -', '4 x | 4 x']);
  });

  it('handles several changes separated by context', () => {
    const h = hunk([removed('a', 1), added('A', 1), context('k', 2, 2), removed('b', 3), added('B', 3)]);
    expect(picture(h)).toEqual(['1 a | 1 A', '2 k | 2 k', '3 b | 3 B']);
  });

  it('fills a missing line number from the hunk start', () => {
    const h: DiffHunk = {
      expected_start: 20,
      actual_start: 30,
      lines: [
        { kind: 'context', text: 'k', expected_line: null, actual_line: null },
        { kind: 'removed', text: 'a', expected_line: null, actual_line: null },
        { kind: 'added', text: 'b', expected_line: null, actual_line: null },
      ],
    };
    expect(picture(h)).toEqual(['20 k | 30 k', '21 a | 31 b']);
  });
});

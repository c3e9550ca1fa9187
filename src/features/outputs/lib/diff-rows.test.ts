import { describe, expect, it } from 'vitest';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';
import { diffModel, hunkRows, rowsSpan } from './diff-rows';
import type { DiffHunk } from '@/api/types';

/** Compact picture of the rows: "12 a | 12 b", blanks as "-". */
const picture = (h: DiffHunk) =>
  hunkRows(h).map((r) => `${r.left ? `${r.left.line} ${r.left.text}` : '-'} | ${r.right ? `${r.right.line} ${r.right.text}` : '-'}`);

describe('hunkRows', () => {
  it('puts context on both sides with each file’s own line number', () => {
    expect(hunkRows(hunk([context('Hello', 12, 14)]))).toEqual([
      { kind: 'context', left: { line: 12, text: 'Hello' }, right: { line: 14, text: 'Hello' } },
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
    expect(hunkRows(h)[1]).toMatchObject({ kind: 'changed' });
    expect(hunkRows(h)[2]).toEqual({ kind: 'removed', left: { line: 12, text: 'Hello' } });
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

describe('diffModel', () => {
  const first = hunk([context('a', 40, 41), removed('b', 41), added('c', 42), added('d', 43)]);
  const diff = diffOf([hunk([removed('x', 2)]), first]);

  it('builds the rows of every hunk once per diff, with their spans and counts', () => {
    const model = diffModel(diff);
    expect(diffModel(diff)).toBe(model);
    expect(model.hunks[1]).toMatchObject({ index: 1, expected: { from: 40, to: 41 }, actual: { from: 41, to: 43 }, added: 2, removed: 1 });
    expect(model.hunks[1]?.rows).toHaveLength(3);
    expect(model.hunks[0]).toMatchObject({ expected: { from: 2, to: 2 }, actual: null });
  });

  it('spans the rows of one side, null when they have none there', () => {
    const rows = hunkRows(hunk([added('new', 3), added('new', 4)]));
    expect(rowsSpan(rows, 'actual')).toEqual({ from: 3, to: 4 });
    expect(rowsSpan(rows, 'expected')).toBeNull();
  });
});

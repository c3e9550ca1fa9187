import { describe, expect, it } from 'vitest';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';
import { diffStats, hunkGaps, trailingGap } from './diff-stats';

// Expected lines 4–6 and 40–42 around changes; actual has one extra line at 5.
const first = hunk([context('a', 4, 4), added('new', 5), context('b', 5, 6), context('c', 6, 7)]);
const second = hunk([context('x', 40, 41), removed('old', 41), context('y', 42, 42)]);
const diff = diffOf([first, second]);

describe('diffStats', () => {
  it('reports the summary counts', () => {
    expect(diffStats(diff)).toEqual({ added: 1, removed: 1, hunks: 2 });
  });

  it('uses the summary, not the capped hunks', () => {
    expect(diffStats(diffOf([first], { added_lines: 900, removed_lines: 12, changed_hunks: 600 }))).toEqual({
      added: 900,
      removed: 12,
      hunks: 600,
    });
  });

  it('counts file lines when the texts are given', () => {
    expect(diffStats(diff, { expected: 'a\nb\nc\n', actual: 'a\r\nb' })).toMatchObject({ expectedLines: 3, actualLines: 2 });
  });
});

describe('hunkGaps', () => {
  it('counts the lines hidden before each hunk from real line numbers', () => {
    expect(hunkGaps(diff)).toEqual([
      { hidden: 3, expectedFrom: 1, actualFrom: 1, exact: true },
      // expected 7–39 and actual 8–40: 33 unchanged lines.
      { hidden: 33, expectedFrom: 7, actualFrom: 8, exact: true },
    ]);
  });

  it('reports no gap for adjacent hunks or a hunk at line 1', () => {
    const h1 = hunk([removed('a', 1), context('b', 2, 1)]);
    const h2 = hunk([context('c', 3, 2), added('d', 3)]);
    expect(hunkGaps(diffOf([h1, h2])).map((g) => g.hidden)).toEqual([0, 0]);
  });

  it('marks a gap inexact when the sides disagree (changes were dropped by a cap)', () => {
    const cutHunk = hunk([removed('a', 1), removed('b', 2)]); // its added lines were cut
    const next = hunk([context('k', 10, 20)]);
    expect(hunkGaps(diffOf([cutHunk, next]))[1]).toEqual({ hidden: 7, expectedFrom: 3, actualFrom: 1, exact: false });
  });

  it('is empty for an identical diff', () => {
    expect(hunkGaps(diffOf([]))).toEqual([]);
  });
});

describe('trailingGap', () => {
  it('counts lines after the last hunk', () => {
    expect(trailingGap(diff, { expectedLines: 50, actualLines: 50 })).toEqual({ hidden: 8, expectedFrom: 43, actualFrom: 43, exact: true });
  });

  it('is null when the last hunk reaches the end', () => {
    expect(trailingGap(diff, { expectedLines: 42, actualLines: 42 })).toBeNull();
  });

  it('covers the whole file when there are no hunks', () => {
    expect(trailingGap(diffOf([]), { expectedLines: 12, actualLines: 12 })).toEqual({
      hidden: 12,
      expectedFrom: 1,
      actualFrom: 1,
      exact: true,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { diffBlocks, diffGaps, hunkSpan, locateLine, rangeAround } from './diff-blocks';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';
import { diffModel } from './diff-rows';

// Expected lines 4–6 and 40–42 around changes; actual has one extra line at 5.
const first = hunk([context('a', 4, 4), added('new', 5), context('b', 5, 6), context('c', 6, 7)]);
const second = hunk([context('x', 40, 41), removed('old', 41), context('y', 42, 42)]);
const diff = diffOf([first, second]);
const totals = { expectedLines: 50, actualLines: 50 };

describe('diffGaps', () => {
  it('lists the gap before each hunk and after the last one', () => {
    const gaps = diffGaps(diff, totals, 50);
    expect(gaps.map((g) => [g.index, g.hidden, g.expectedFrom, g.actualFrom, g.expandable])).toEqual([
      [0, 3, 1, 1, true],
      [1, 33, 7, 8, true],
      [2, 8, 43, 43, true],
    ]);
  });

  it('cannot expand lines the viewer did not receive', () => {
    const gaps = diffGaps(diff, totals, 30);
    expect(gaps.map((g) => g.expandable)).toEqual([true, false, false]);
  });

  it('leaves out the trailing gap when the file sizes are unknown', () => {
    expect(diffGaps(diff, null, 50)).toHaveLength(2);
  });
});

describe('diffBlocks', () => {
  const gaps = diffGaps(diff, totals, 50);

  it('hides every gap by default', () => {
    expect(diffBlocks(diffModel(diff), gaps, {}).map((b) => `${b.kind}:${'count' in b ? b.count : b.index}`)).toEqual([
      'hidden:3',
      'hunk:0',
      'hidden:33',
      'hunk:1',
      'hidden:8',
    ]);
  });

  it('reveals part of a gap with the right line numbers on both sides', () => {
    const blocks = diffBlocks(diffModel(diff), gaps, { 1: [{ from: 20, to: 22 }] });
    expect(blocks.slice(2, 5)).toMatchObject([
      { kind: 'hidden', expectedFrom: 7, actualFrom: 8, count: 13 },
      { kind: 'context', expectedFrom: 20, actualFrom: 21, count: 3 },
      { kind: 'hidden', expectedFrom: 23, actualFrom: 24, count: 17 },
    ]);
  });

  it('merges overlapping reveals and reveals everything for "all"', () => {
    const merged = diffBlocks(diffModel(diff), gaps, {
      0: [
        { from: 1, to: 2 },
        { from: 2, to: 3 },
      ],
    });
    expect(merged[0]).toMatchObject({ kind: 'context', expectedFrom: 1, count: 3 });
    expect(diffBlocks(diffModel(diff), gaps, 'all').filter((b) => b.kind === 'hidden')).toEqual([]);
  });

  it('keeps a bar where a capped diff dropped lines', () => {
    const capped = diffOf([hunk([removed('a', 1)]), hunk([context('b', 10, 20)])]);
    const blocks = diffBlocks(diffModel(capped), diffGaps(capped, null, 100), 'all');
    expect(blocks[1]).toMatchObject({ kind: 'hidden', count: 8, gap: { exact: false, expandable: false } });
  });
});

describe('locateLine', () => {
  const gaps = diffGaps(diff, totals, 50);

  it('finds a line in a hunk on either side', () => {
    expect(locateLine(diffModel(diff), gaps, 'actual', 5)).toEqual({ kind: 'hunk', hunkIndex: 0 });
    expect(locateLine(diffModel(diff), gaps, 'expected', 41)).toEqual({ kind: 'hunk', hunkIndex: 1 });
  });

  it('maps an actual line in a gap to its expected line', () => {
    expect(locateLine(diffModel(diff), gaps, 'actual', 20)).toMatchObject({ kind: 'gap', expectedLine: 19, gap: { index: 1 } });
    expect(locateLine(diffModel(diff), gaps, 'expected', 45)).toMatchObject({ kind: 'gap', expectedLine: 45, gap: { index: 2 } });
  });

  it('says when a line is not in the file', () => {
    expect(locateLine(diffModel(diff), gaps, 'expected', 51)).toEqual({ kind: 'outside' });
  });
});

describe('helpers', () => {
  it('spans a hunk per side', () => {
    expect(hunkSpan(first, 'actual')).toEqual({ from: 4, to: 7 });
    expect(hunkSpan(hunk([added('x', 3)]), 'expected')).toBeNull();
  });

  it('reveals around a line without going below 1', () => {
    expect(rangeAround(3)).toEqual({ from: 1, to: 13 });
  });
});

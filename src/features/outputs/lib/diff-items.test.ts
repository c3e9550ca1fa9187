import { describe, expect, it } from 'vitest';
import { diffBlocks, diffGaps } from './diff-blocks';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';
import { diffItems, findableLines, itemIndexOf, WINDOW_ROWS, type DiffItem } from './diff-items';
import { diffModel } from './diff-rows';

const rowsOf = (items: DiffItem[]) => items.filter((item) => item.kind === 'rows');

describe('diffItems', () => {
  it('leaves a short hunk whole', () => {
    const diff = diffOf([hunk([context('a', 1, 1), removed('b', 2), added('c', 2)])]);
    const items = rowsOf(diffItems(diffBlocks(diffModel(diff), [], {}), null));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ first: true, expected: { from: 1, to: 2 }, actual: { from: 1, to: 2 }, unifiedRows: 3 });
    expect(items[0]?.rows).toBe(diffModel(diff).hunks[0]?.rows);
  });

  it('cuts a long hunk between rows, keeping removed and added lines paired and numbered', () => {
    const lines = [
      ...Array.from({ length: 5 }, (_, i) => removed(`r${i}`, 10 + i)),
      ...Array.from({ length: 5 }, (_, i) => added(`a${i}`, 10 + i)),
      context('c', 15, 15),
    ];
    const items = rowsOf(diffItems(diffBlocks(diffModel(diffOf([hunk(lines)])), [], {}), null, 4));
    expect(items.map((w) => w.rows.length)).toEqual([4, 2]);
    expect(items.map((w) => w.first)).toEqual([true, false]);
    expect(items[0]?.rows.map((row) => [row.left?.text, row.right?.text])).toEqual([
      ['r0', 'a0'],
      ['r1', 'a1'],
      ['r2', 'a2'],
      ['r3', 'a3'],
    ]);
    expect(items[1]).toMatchObject({ expected: { from: 14, to: 15 }, actual: { from: 14, to: 15 }, unifiedRows: 3 });
    expect(items[1]?.rows.map((row) => [row.kind, row.left?.line, row.right?.line])).toEqual([
      ['changed', 14, 14],
      ['context', 15, 15],
    ]);
  });

  it('numbers revealed unchanged lines on both sides from the expected file, and finds the window of a line', () => {
    const diff = diffOf([hunk([removed('x', 5), added('y', 5)])]);
    const expected = Array.from({ length: 8 }, (_, i) => `line ${i + 1}`);
    const gaps = diffGaps(diff, { expectedLines: 8, actualLines: 8 }, 8);
    const items = diffItems(diffBlocks(diffModel(diff), gaps, 'all'), expected);
    expect(items.map((item) => (item.kind === 'rows' ? (item.hunk ? 'hunk' : 'context') : 'hidden'))).toEqual([
      'context',
      'hunk',
      'context',
    ]);
    expect(itemIndexOf(items, 'actual', 7)).toBe(2);
    expect(itemIndexOf(items, 'expected', 5)).toBe(1);
    expect(itemIndexOf(items, 'expected', 9)).toBe(-1);
    expect(findableLines(items).slice(3, 7)).toEqual([
      { side: 'expected', line: 4, text: 'line 4' },
      { side: 'expected', line: 5, text: 'x' },
      { side: 'actual', line: 5, text: 'y' },
      { side: 'expected', line: 6, text: 'line 6' },
    ]);
  });

  it('cuts windows of WINDOW_ROWS rows by default', () => {
    const lines = Array.from({ length: WINDOW_ROWS + 1 }, (_, i) => removed(`r${i}`, i + 1));
    expect(rowsOf(diffItems(diffBlocks(diffModel(diffOf([hunk(lines)])), [], {}), null)).map((w) => w.rows.length)).toEqual([
      WINDOW_ROWS,
      1,
    ]);
  });
});

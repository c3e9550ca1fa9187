import { describe, expect, it } from 'vitest';
import { added, context, hunk, removed } from './diff-fixtures';
import { hunkWindows } from './hunk-windows';

describe('hunkWindows', () => {
  it('leaves a short hunk whole', () => {
    const h = hunk([context('a', 1, 1), removed('b', 2), added('c', 2)]);
    expect(hunkWindows(h)).toEqual([{ hunk: h, rows: 2 }]);
  });

  it('cuts a long hunk between split rows, keeping removed and added lines paired and numbered', () => {
    const lines = [
      ...Array.from({ length: 5 }, (_, i) => removed(`r${i}`, 10 + i)),
      ...Array.from({ length: 5 }, (_, i) => added(`a${i}`, 10 + i)),
      context('c', 15, 15),
    ];
    const windows = hunkWindows(hunk(lines), 4);
    expect(windows.map((w) => w.rows)).toEqual([4, 2]);
    expect(windows[0]?.hunk.lines.map((l) => l.text)).toEqual(['r0', 'r1', 'r2', 'r3', 'a0', 'a1', 'a2', 'a3']);
    expect(windows[1]?.hunk).toMatchObject({ expected_start: 14, actual_start: 14 });
    expect(windows[1]?.hunk.lines.map((l) => [l.kind, l.expected_line, l.actual_line])).toEqual([
      ['removed', 14, null],
      ['added', null, 14],
      ['context', 15, 15],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { added, context, hunk, removed } from './diff-fixtures';
import { hunkWindows } from './hunk-windows';

describe('hunkWindows', () => {
  it('leaves a short hunk whole', () => {
    const h = hunk([context('a', 1, 1), removed('b', 2), added('c', 2)]);
    expect(hunkWindows(h)).toEqual([h]);
  });

  it('cuts a long hunk into windows that keep the real line numbers', () => {
    const lines = Array.from({ length: 5 }, (_, i) => removed(`r${i}`, 10 + i));
    const windows = hunkWindows(hunk([...lines, added('x', 10)]), 4);
    expect(windows).toHaveLength(2);
    expect(windows[1]).toMatchObject({ expected_start: 14, actual_start: 10 });
    expect(windows[1]?.lines.map((l) => l.text)).toEqual(['r4', 'x']);
  });
});

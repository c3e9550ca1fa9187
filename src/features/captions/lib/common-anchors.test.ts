import { describe, expect, it } from 'vitest';
import { commonAnchors } from './common-anchors';

function isIncreasing(pairs: Array<[number, number]>): boolean {
  return pairs.every(([i, j], k) => k === 0 || (i > (pairs[k - 1]?.[0] ?? -1) && j > (pairs[k - 1]?.[1] ?? -1)));
}

describe('commonAnchors', () => {
  it('matches everything for equal lists', () => {
    expect(commonAnchors(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('skips inserted, deleted and changed keys', () => {
    const a = ['a', 'b', 'c', 'd', 'e'];
    const b = ['a', 'x', 'c', 'd', 'y', 'z', 'e'];
    expect(commonAnchors(a, b)).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
      [4, 6],
    ]);
  });

  it('prefers the longest ordered run of unique keys when lines moved', () => {
    const a = ['m', 'a', 'b', 'c', 'd'];
    const b = ['a', 'b', 'c', 'd', 'm'];
    expect(commonAnchors(a, b)).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
  });

  it('matches repeated keys (music notes) inside gaps with the exact fallback', () => {
    const a = ['x', '♪', '♪', 'y', '♪', 'z'];
    const b = ['x', '♪', 'q', '♪', '♪', 'z'];
    const pairs = commonAnchors(a, b);
    expect(isIncreasing(pairs)).toBe(true);
    expect(pairs.every(([i, j]) => a[i] === b[j])).toBe(true);
    expect(pairs).toHaveLength(5);
  });

  it('handles empty sides', () => {
    expect(commonAnchors([], ['a'])).toEqual([]);
    expect(commonAnchors(['a'], [])).toEqual([]);
  });

  it('stays fast and correct on large lists', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `cue ${i}`);
    const b = a.filter((_, i) => i % 97 !== 0).map((k, i) => (i % 101 === 0 ? `${k}!` : k));
    const started = performance.now();
    const pairs = commonAnchors(a, b);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(isIncreasing(pairs)).toBe(true);
    expect(pairs.length).toBe(b.filter((k) => !k.endsWith('!')).length);
  });
});

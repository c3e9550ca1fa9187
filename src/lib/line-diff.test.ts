import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffLineKeys, type Matches } from './line-diff';

/** Lines jsdiff (Myers, optimal) keeps in common. */
function jsdiffCommon(a: string[], b: string[]): number {
  return (diffArrays(a, b) ?? []).filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count, 0);
}

/** Matches pair equal lines, in increasing order on both sides. */
function expectValid(a: string[], b: string[], m: Matches) {
  expect(m.a).toHaveLength(m.b.length);
  const bad = m.a.findIndex((ai, p) => {
    const bi = m.b[p] as number;
    return a[ai] !== b[bi] || (p > 0 && (ai <= (m.a[p - 1] as number) || bi <= (m.b[p - 1] as number)));
  });
  expect(bad).toBe(-1);
}

/** A deterministic generator, so a failure always reproduces. */
function lcg(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
}

describe('diffLineKeys', () => {
  it('matches what jsdiff keeps on single edits', () => {
    const base = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const cases: [string[], string[]][] = [
      [base, base],
      [base, base.toSpliced(10, 1, 'changed')],
      [base, base.toSpliced(10, 0, 'inserted')],
      [base, base.toSpliced(10, 3)],
      [base, ['new first', ...base]],
      [base, [...base, 'new last']],
      [[], base],
      [base, []],
    ];
    for (const [a, b] of cases) {
      const m = diffLineKeys(a, b);
      expectValid(a, b, m);
      expect(m.a.length).toBe(jsdiffCommon(a, b));
    }
  });

  it('keeps as many lines as jsdiff on random small inputs with repeated lines', () => {
    const rand = lcg(7);
    for (let round = 0; round < 200; round += 1) {
      // A small alphabet makes repeated (non-unique) lines common, where anchoring is weakest.
      const alphabet = 2 + rand(6);
      const a = Array.from({ length: rand(30) }, () => `l${rand(alphabet)}`);
      const b = a.filter(() => rand(5) > 0).flatMap((line) => (rand(6) === 0 ? [line, `l${rand(alphabet)}`] : [line]));
      const m = diffLineKeys(a, b);
      expectValid(a, b, m);
      expect(m.a.length).toBe(jsdiffCommon(a, b));
    }
  });

  it('stays close to jsdiff where it anchors on unique lines', () => {
    const rand = lcg(11);
    const a = Array.from({ length: 3_000 }, (_, i) => (rand(3) === 0 ? `repeated ${rand(5)}` : `unique ${i}`));
    const b = a.flatMap((line) => (rand(20) === 0 ? [] : rand(20) === 0 ? [line, `new ${rand(1000)}`] : [line]));
    const m = diffLineKeys(a, b);
    expectValid(a, b, m);
    expect(m.a.length).toBeGreaterThanOrEqual(jsdiffCommon(a, b) * 0.99);
  });

  it('finds the unchanged lines between scattered changes in a 40,000-line file', () => {
    const a = Array.from({ length: 40_000 }, (_, i) => `00:${i} caption ${i}`);
    const b = a.map((line, i) => (i % 100 === 3 ? `${line} (changed)` : line));
    const m = diffLineKeys(a, b);
    expectValid(a, b, m);
    expect(m.a).toHaveLength(39_600);
  });

  it('bounds its work when every line differs, and matches nothing', () => {
    const a = Array.from({ length: 40_000 }, (_, i) => (i % 4 === 3 ? '' : `e ${i}`));
    const b = Array.from({ length: 40_000 }, (_, i) => (i % 4 === 3 ? '\r' : `a ${i}`));
    expect(diffLineKeys(a, b).a).toHaveLength(0);
  });

  it('gives up on a gap beyond its edit budget, leaving it replaced', () => {
    // Repeated lines only and different ends: no anchors, and Myers needs about 20 edits here.
    const a = ['start a', ...Array.from({ length: 40 }, (_, i) => (i % 2 ? 'x' : 'y')), 'end a'];
    const b = ['start b', ...Array.from({ length: 40 }, (_, i) => (i % 4 ? 'x' : 'y')), 'end b'];
    expect(diffLineKeys(a, b, { maxGapEdits: 5 }).a).toHaveLength(0);
    expect(diffLineKeys(a, b).a.length).toBe(jsdiffCommon(a, b));
  });
});

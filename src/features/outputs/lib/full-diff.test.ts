import { describe, expect, it } from 'vitest';
import { computeFullDiff } from './full-diff';

const ids = { run_id: 1, sample_id: 2, regression_id: 3, output_id: 4 };
const numbered = (n: number, change: (i: number) => string | null = () => null) =>
  Array.from({ length: n }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';

describe('computeFullDiff', () => {
  it('finds changes with real line numbers and context', () => {
    const result = computeFullDiff(
      numbered(100),
      numbered(100, (i) => (i === 50 ? 'changed' : null)),
      { ids },
    );
    expect(result.kind).toBe('diff');
    if (result.kind !== 'diff') return;
    expect(result.diff.summary).toEqual({ added_lines: 1, removed_lines: 1, changed_hunks: 1 });
    const [hunk] = result.diff.hunks;
    expect(hunk?.expected_start).toBe(47);
    expect(hunk?.lines.map((l) => [l.kind, l.expected_line, l.actual_line])).toEqual([
      ['context', 47, 47],
      ['context', 48, 48],
      ['context', 49, 49],
      ['removed', 50, null],
      ['added', null, 50],
      ['context', 51, 51],
      ['context', 52, 52],
      ['context', 53, 53],
    ]);
  });

  it('merges changes closer than twice the context and splits the others', () => {
    const result = computeFullDiff(
      numbered(100),
      numbered(100, (i) => (i === 10 || i === 15 || i === 60 ? 'x' : null)),
      { ids, context: 3 },
    );
    expect(result.kind === 'diff' && result.diff.hunks.length).toBe(2);
  });

  it('keeps CRs and tells a missing final newline apart', () => {
    const result = computeFullDiff('a\r\nb\r\n', 'a\r\nb', { ids });
    if (result.kind !== 'diff') throw new Error('gave up');
    expect(result.diff.hunks[0]?.lines.map((l) => [l.kind, l.text])).toEqual([
      ['context', 'a\r'],
      ['removed', 'b\r'],
      ['added', 'b'],
    ]);
  });

  it('reports identical files', () => {
    const result = computeFullDiff('same\n', 'same\n', { ids });
    expect(result.kind === 'diff' && result.diff.status).toBe('identical');
  });

  it('diffs two 40,000-line files with scattered changes', () => {
    const result = computeFullDiff(
      numbered(40_000),
      numbered(40_000, (i) => (i % 400 === 7 ? `changed ${i}` : null)),
      { ids },
    );
    expect(result.kind === 'diff' && result.diff.summary).toEqual({ added_lines: 100, removed_lines: 100, changed_hunks: 100 });
  });

  it('shows files that share almost nothing side by side instead of diffing them', () => {
    const result = computeFullDiff(
      numbered(40_000, (i) => `e ${i}`),
      numbered(40_000, (i) => `a ${i}`),
      { ids },
    );
    expect(result).toMatchObject({ kind: 'too-different', sharedLines: 0 });
  });

  it('still diffs small files that share nothing: the replacement is short', () => {
    const result = computeFullDiff(
      numbered(50, (i) => `e ${i}`),
      numbered(50, (i) => `a ${i}`),
      { ids },
    );
    expect(result.kind === 'diff' && result.diff.summary).toEqual({ added_lines: 50, removed_lines: 50, changed_hunks: 1 });
  });

  it('reports its progress', () => {
    const seen: number[] = [];
    computeFullDiff(
      numbered(1_000),
      numbered(1_000, (i) => (i === 500 ? 'x' : null)),
      { ids, onProgress: (f) => seen.push(f) },
    );
    expect(seen.at(-1)).toBe(1);
  });
});

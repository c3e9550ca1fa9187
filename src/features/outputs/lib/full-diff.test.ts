import { describe, expect, it } from 'vitest';
import { computeFullDiff } from './full-diff';

const ids = { run_id: 1, sample_id: 2, regression_id: 3, output_id: 4 };
const numbered = (n: number, change: (i: number) => string | null = () => null) =>
  Array.from({ length: n }, (_, i) => change(i + 1) ?? `line ${i + 1}`).join('\n') + '\n';

describe('computeFullDiff', () => {
  it('finds changes with real line numbers and context', async () => {
    const result = await computeFullDiff(numbered(100), numbered(100, (i) => (i === 50 ? 'changed' : null)), { ids });
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

  it('merges changes closer than twice the context and splits the others', async () => {
    const result = await computeFullDiff(
      numbered(100),
      numbered(100, (i) => (i === 10 || i === 15 || i === 60 ? 'x' : null)),
      { ids, context: 3 },
    );
    expect(result.kind === 'diff' && result.diff.hunks.length).toBe(2);
  });

  it('keeps CRs and tells a missing final newline apart', async () => {
    const result = await computeFullDiff('a\r\nb\r\n', 'a\r\nb', { ids });
    if (result.kind !== 'diff') throw new Error('gave up');
    expect(result.diff.hunks[0]?.lines.map((l) => [l.kind, l.text])).toEqual([
      ['context', 'a\r'],
      ['removed', 'b\r'],
      ['added', 'b'],
    ]);
  });

  it('reports identical files', async () => {
    const result = await computeFullDiff('same\n', 'same\n', { ids });
    expect(result.kind === 'diff' && result.diff.status).toBe('identical');
  });

  it('gives up within its time budget when every line differs', async () => {
    const expected = numbered(20_000, (i) => `e ${i}`);
    const actual = numbered(20_000, (i) => `a ${i}`);
    const result = await computeFullDiff(expected, actual, { ids, timeoutMs: 200 });
    expect(result.kind).toBe('gave-up');
  });
});

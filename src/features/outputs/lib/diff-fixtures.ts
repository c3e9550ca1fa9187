// Builders for Diff values in tests (typed against the generated schema).
import type { components } from '@/api/schema';
import type { Diff, DiffHunk } from '@/api/types';

type DiffLine = components['schemas']['DiffLine'];

export const context = (text: string, expected: number, actual: number): DiffLine => ({
  kind: 'context',
  text,
  expected_line: expected,
  actual_line: actual,
});
export const removed = (text: string, expected: number): DiffLine => ({
  kind: 'removed',
  text,
  expected_line: expected,
  actual_line: null,
});
export const added = (text: string, actual: number): DiffLine => ({ kind: 'added', text, expected_line: null, actual_line: actual });

export function hunk(lines: DiffLine[]): DiffHunk {
  const first = lines[0];
  return { expected_start: first?.expected_line ?? 1, actual_start: first?.actual_line ?? 1, lines };
}

/** A diff whose summary matches its hunks unless overridden. */
export function diffOf(hunks: DiffHunk[], summary: Partial<Diff['summary']> = {}): Diff {
  const all = hunks.flatMap((h) => h.lines);
  return {
    run_id: 4512,
    sample_id: 88,
    regression_id: 12,
    output_id: 3,
    status: hunks.length === 0 ? 'identical' : 'different',
    summary: {
      added_lines: all.filter((l) => l.kind === 'added').length,
      removed_lines: all.filter((l) => l.kind === 'removed').length,
      changed_hunks: hunks.length,
      ...summary,
    },
    hunks,
  };
}

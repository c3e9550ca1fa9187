// Numbers for the diff summary and the "show N hidden lines" controls. Gaps
// come from the real line numbers in the hunks, not from counting, so they
// stay right whatever context size the diff was fetched with.
import { countLines } from '@/lib/text-lines';
import type { Diff, DiffHunk } from '@/api/types';

export interface DiffStats {
  added: number;
  removed: number;
  hunks: number;
  /** Line counts of the whole files, known only when their texts are given. */
  expectedLines?: number;
  actualLines?: number;
}

export function diffStats(diff: Diff, texts: { expected?: string; actual?: string } = {}): DiffStats {
  // The summary counts the whole diff, even when the hunks were capped.
  const stats: DiffStats = { added: diff.summary.added_lines, removed: diff.summary.removed_lines, hunks: diff.summary.changed_hunks };
  if (texts.expected !== undefined) stats.expectedLines = countLines(texts.expected);
  if (texts.actual !== undefined) stats.actualLines = countLines(texts.actual);
  return stats;
}

export interface HunkGap {
  /** Unchanged lines hidden here (counted on the expected side). */
  hidden: number;
  /** First hidden line in each file (1-based). */
  expectedFrom: number;
  actualFrom: number;
  /** False when the two sides disagree: a capped diff dropped changes here. */
  exact: boolean;
}

type Side = 'expected' | 'actual';

function lineOf(line: DiffHunk['lines'][number], side: Side): number | null {
  return side === 'expected' ? line.expected_line : line.actual_line;
}

function firstLine(hunk: DiffHunk, side: Side): number {
  for (const line of hunk.lines) {
    const number = lineOf(line, side);
    if (number !== null) return number;
  }
  return side === 'expected' ? hunk.expected_start : hunk.actual_start;
}

/** The last line the hunk covers; start − 1 when it covers none on this side. */
function lastLine(hunk: DiffHunk, side: Side): number {
  for (let i = hunk.lines.length - 1; i >= 0; i -= 1) {
    const line = hunk.lines[i];
    const number = line ? lineOf(line, side) : null;
    if (number !== null) return number;
  }
  return (side === 'expected' ? hunk.expected_start : hunk.actual_start) - 1;
}

function gap(afterExpected: number, afterActual: number, untilExpected: number, untilActual: number): HunkGap {
  const hidden = Math.max(0, untilExpected - afterExpected - 1);
  const hiddenActual = Math.max(0, untilActual - afterActual - 1);
  return { hidden, expectedFrom: afterExpected + 1, actualFrom: afterActual + 1, exact: hidden === hiddenActual };
}

/** One gap per hunk: the lines hidden between the previous hunk (or the file start) and it. */
export function hunkGaps(diff: Diff): HunkGap[] {
  return diff.hunks.map((hunk, i) => {
    const previous = i > 0 ? diff.hunks[i - 1] : undefined;
    const afterExpected = previous ? lastLine(previous, 'expected') : 0;
    const afterActual = previous ? lastLine(previous, 'actual') : 0;
    return gap(afterExpected, afterActual, firstLine(hunk, 'expected'), firstLine(hunk, 'actual'));
  });
}

/** Lines hidden after the last hunk; needs the files' line counts. Null when none are. */
export function trailingGap(diff: Diff, totals: { expectedLines: number; actualLines: number }): HunkGap | null {
  const last = diff.hunks[diff.hunks.length - 1];
  const afterExpected = last ? lastLine(last, 'expected') : 0;
  const afterActual = last ? lastLine(last, 'actual') : 0;
  const result = gap(afterExpected, afterActual, totals.expectedLines + 1, totals.actualLines + 1);
  return result.hidden === 0 && result.exact ? null : result;
}

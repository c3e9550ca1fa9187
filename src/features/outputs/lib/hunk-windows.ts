// The diff viewer re-diffs whatever it is given, so a long hunk (a computed
// full diff can have tens of thousands of lines) is handed over in windows of
// bounded size: each window is cheap to diff and render, and line numbers stay
// real. Windows are cut between split-view rows, so a removed line and the
// added line beside it always land in the same window and stay paired.
import type { components } from '@/api/schema';
import { hunkToSides, type SideCell } from './hunk-sides';
import type { DiffHunk } from '@/api/types';

type DiffLine = components['schemas']['DiffLine'];

/** Split-view rows per window: a window mounts in a few milliseconds. */
export const WINDOW_ROWS = 200;

export type HunkWindow = { hunk: DiffHunk; rows: number };

const lineOf = (cell: SideCell, side: 'expected' | 'actual'): DiffLine =>
  side === 'expected'
    ? { kind: 'removed', text: cell.text, expected_line: cell.line, actual_line: null }
    : { kind: 'added', text: cell.text, expected_line: null, actual_line: cell.line };

export function hunkWindows(hunk: DiffHunk, size = WINDOW_ROWS): HunkWindow[] {
  const rows = hunkToSides(hunk);
  if (rows.length <= size) return [{ hunk, rows: rows.length }];
  const windows: HunkWindow[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const slice = rows.slice(start, start + size);
    const lines: DiffLine[] = [];
    // Consecutive changed rows become their removed lines, then their added lines, as in the hunk.
    let removed: DiffLine[] = [];
    let added: DiffLine[] = [];
    const flush = () => {
      lines.push(...removed, ...added);
      removed = [];
      added = [];
    };
    for (const row of slice) {
      if (row.left?.kind === 'context' && row.right) {
        flush();
        lines.push({ kind: 'context', text: row.left.text, expected_line: row.left.line, actual_line: row.right.line });
        continue;
      }
      if (row.left) removed.push(lineOf(row.left, 'expected'));
      if (row.right) added.push(lineOf(row.right, 'actual'));
    }
    flush();
    const first = slice[0];
    windows.push({
      hunk: { expected_start: first?.left?.line ?? hunk.expected_start, actual_start: first?.right?.line ?? hunk.actual_start, lines },
      rows: slice.length,
    });
  }
  return windows;
}

// The diff viewer re-diffs whatever it is given, so a long hunk (a computed
// full diff can have thousands of lines) is handed over in windows of bounded
// size: each window is cheap to diff and render, and line numbers stay real.
import type { components } from '@/api/schema';

type DiffHunk = components['schemas']['DiffHunk'];

export const WINDOW_LINES = 500;

export function hunkWindows(hunk: DiffHunk, size = WINDOW_LINES): DiffHunk[] {
  if (hunk.lines.length <= size) return [hunk];
  const windows: DiffHunk[] = [];
  let nextExpected = hunk.expected_start;
  let nextActual = hunk.actual_start;
  for (let start = 0; start < hunk.lines.length; start += size) {
    const lines = hunk.lines.slice(start, start + size);
    // A window starts at its own first line on each side, or right after the previous window.
    const firstExpected = lines.find((line) => line.expected_line !== null)?.expected_line ?? nextExpected;
    const firstActual = lines.find((line) => line.actual_line !== null)?.actual_line ?? nextActual;
    windows.push({ expected_start: firstExpected, actual_start: firstActual, lines });
    for (const line of lines) {
      if (line.expected_line !== null) nextExpected = line.expected_line + 1;
      if (line.actual_line !== null) nextActual = line.actual_line + 1;
    }
  }
  return windows;
}

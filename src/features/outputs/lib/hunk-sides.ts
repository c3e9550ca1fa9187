// Rows for the split view: expected on the left, actual on the right. A run of
// removed lines followed by a run of added lines is a change, so they pair up
// row by row (the longer side leaves blanks), like GitHub's split diff.
import type { components } from '@/api/schema';
import type { DiffHunk } from '@/api/types';

type DiffLine = components['schemas']['DiffLine'];

export interface SideCell {
  line: number;
  text: string;
  kind: DiffLine['kind'];
}

export interface SplitRow {
  left?: SideCell;
  right?: SideCell;
}

function row(left: SideCell | undefined, right: SideCell | undefined): SplitRow {
  const result: SplitRow = {};
  if (left) result.left = left;
  if (right) result.right = right;
  return result;
}

export function hunkToSides(hunk: DiffHunk): SplitRow[] {
  const rows: SplitRow[] = [];
  let removedRun: SideCell[] = [];
  let addedRun: SideCell[] = [];
  // The server gives real line numbers; counters only fill in a missing one.
  let nextExpected = hunk.expected_start;
  let nextActual = hunk.actual_start;

  const flush = () => {
    for (let i = 0; i < Math.max(removedRun.length, addedRun.length); i += 1) rows.push(row(removedRun[i], addedRun[i]));
    removedRun = [];
    addedRun = [];
  };

  for (const line of hunk.lines) {
    if (line.kind !== 'added') {
      const number = line.expected_line ?? nextExpected;
      nextExpected = number + 1;
      if (line.kind === 'removed') {
        if (addedRun.length > 0) flush(); // a new change starts
        removedRun.push({ line: number, text: line.text, kind: 'removed' });
        continue;
      }
      const actual = line.actual_line ?? nextActual;
      nextActual = actual + 1;
      flush();
      rows.push(row({ line: number, text: line.text, kind: 'context' }, { line: actual, text: line.text, kind: 'context' }));
      continue;
    }
    const number = line.actual_line ?? nextActual;
    nextActual = number + 1;
    addedRun.push({ line: number, text: line.text, kind: 'added' });
  }
  flush();
  return rows;
}

// The diff's one row model, from the API's hunks (or the browser's full diff) to the rendered row: a row of the
// split view, expected on the left and actual on the right, each side with its file's own line number. A run of
// removed lines followed by a run of added lines is a change, so they pair up row by row (the longer side leaves
// blanks), like GitHub's split diff. The unified view, "Find in diff", line links and the hidden-line bars all read
// these rows; nothing renumbers or re-diffs them on the way to the screen.
import type { Diff, DiffHunk } from '@/api/types';

export type DiffSide = 'expected' | 'actual';

/** One side of a row: its line number in that file and the line's text as the API sent it. */
export interface RowSide {
  line: number;
  text: string;
}

export type DiffRow =
  | { kind: 'context'; left: RowSide; right: RowSide }
  | { kind: 'removed'; left: RowSide; right?: undefined }
  | { kind: 'added'; left?: undefined; right: RowSide }
  /** A removed line beside the added line that replaced it. */
  | { kind: 'changed'; left: RowSide; right: RowSide };

/** The text a row shows for a line of one side: invisible characters made visible (lib/display-line.ts). */
export type DisplayText = (text: string, side: DiffSide, line: number) => string;

/** A line of one file: what a `#L12` / `#R12` link, a find match or a click points at. */
export type LineTarget = { side: DiffSide; line: number };

/** Inclusive range of line numbers of one file. */
export interface LineRange {
  from: number;
  to: number;
}

/** One hunk of the diff as rows, with what its header says. */
export interface HunkRows {
  index: number;
  rows: readonly DiffRow[];
  /** The lines it covers on each side; null when it has none there. */
  expected: LineRange | null;
  actual: LineRange | null;
  added: number;
  removed: number;
}

/** The rows of every hunk of one diff: built once per diff (diffModel). */
export interface DiffModel {
  hunks: readonly HunkRows[];
}

/** The side of a row showing `side`'s file. */
export const sideOf = (row: DiffRow, side: DiffSide): RowSide | undefined => (side === 'expected' ? row.left : row.right);

/** What happened to one side of a row, in the words the row's accessible name uses. */
export function changeOf(row: DiffRow, side: DiffSide): 'unchanged' | 'removed' | 'added' {
  if (row.kind === 'context') return 'unchanged';
  return side === 'expected' ? 'removed' : 'added';
}

function pair(left: RowSide | undefined, right: RowSide | undefined): DiffRow {
  if (left && right) return { kind: 'changed', left, right };
  if (left) return { kind: 'removed', left };
  if (right) return { kind: 'added', right };
  throw new Error('A row needs a side');
}

/** A hunk's rows. The server gives real line numbers; counters only fill in a missing one. */
export function hunkRows(hunk: DiffHunk): DiffRow[] {
  const rows: DiffRow[] = [];
  let removedRun: RowSide[] = [];
  let addedRun: RowSide[] = [];
  let nextExpected = hunk.expected_start;
  let nextActual = hunk.actual_start;

  const flush = () => {
    for (let i = 0; i < Math.max(removedRun.length, addedRun.length); i += 1) rows.push(pair(removedRun[i], addedRun[i]));
    removedRun = [];
    addedRun = [];
  };

  for (const line of hunk.lines) {
    if (line.kind === 'added') {
      const number = line.actual_line ?? nextActual;
      nextActual = number + 1;
      addedRun.push({ line: number, text: line.text });
      continue;
    }
    const number = line.expected_line ?? nextExpected;
    nextExpected = number + 1;
    if (line.kind === 'removed') {
      if (addedRun.length > 0) flush(); // a new change starts
      removedRun.push({ line: number, text: line.text });
      continue;
    }
    const actual = line.actual_line ?? nextActual;
    nextActual = actual + 1;
    flush();
    rows.push({ kind: 'context', left: { line: number, text: line.text }, right: { line: actual, text: line.text } });
  }
  flush();
  return rows;
}

/** `count` unchanged lines from the expected file (both sides agree there), numbered on both sides. */
export function contextRows(expectedFrom: number, actualFrom: number, count: number, expectedLines: readonly string[]): DiffRow[] {
  const rows: DiffRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = expectedLines[expectedFrom - 1 + i] ?? '';
    rows.push({ kind: 'context', left: { line: expectedFrom + i, text }, right: { line: actualFrom + i, text } });
  }
  return rows;
}

/** First and last line the rows show of one side; null when they show none. Rows keep each side in order. */
export function rowsSpan(rows: readonly DiffRow[], side: DiffSide): LineRange | null {
  let from: number | null = null;
  for (const row of rows) {
    const cell = sideOf(row, side);
    if (cell) {
      from = cell.line;
      break;
    }
  }
  if (from === null) return null;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const row = rows[i];
    const cell = row ? sideOf(row, side) : undefined;
    if (cell) return { from, to: cell.line };
  }
  return null;
}

export function spanHas(span: LineRange | null, line: number): boolean {
  return span !== null && line >= span.from && line <= span.to;
}

function hunkModel(hunk: DiffHunk, index: number): HunkRows {
  const rows = hunkRows(hunk);
  let added = 0;
  let removed = 0;
  for (const line of hunk.lines) {
    if (line.kind === 'added') added += 1;
    else if (line.kind === 'removed') removed += 1;
  }
  return { index, rows, expected: rowsSpan(rows, 'expected'), actual: rowsSpan(rows, 'actual'), added, removed };
}

const models = new WeakMap<Diff, DiffModel>();

/** The rows of a diff, built once per diff value whoever asks first (the diff view, a line link's location). */
export function diffModel(diff: Diff): DiffModel {
  let model = models.get(diff);
  if (!model) {
    model = { hunks: diff.hunks.map(hunkModel) };
    models.set(diff, model);
  }
  return model;
}

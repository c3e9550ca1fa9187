// The diff as a flat list of items of bounded size, for a virtualized list: the rows of every hunk and of every
// revealed run of unchanged lines are cut into windows of at most WINDOW_ROWS rows, and hidden-lines bars stay
// single items. Whatever the file size, only the items near the viewport are in the DOM; line anchors and
// find-in-diff locate their item here, before it is rendered. Windows are slices of the model's rows: cut between
// rows, so a removed line and the added line beside it always stay together.
import type { DiffBlock } from './diff-blocks';
import { contextRows, rowsSpan, sideOf, spanHas, type DiffRow, type DiffSide, type HunkRows, type LineRange } from './diff-rows';

/** Rows per window: a window mounts in a few milliseconds. */
export const WINDOW_ROWS = 200;

export type DiffItem =
  | {
      kind: 'rows';
      key: string;
      /** The hunk these rows belong to; null for revealed unchanged lines. */
      hunk: HunkRows | null;
      /** The first window of a hunk carries its header. */
      first: boolean;
      rows: readonly DiffRow[];
      /** The lines the window shows of each side, to find the window of a line without scanning it. */
      expected: LineRange | null;
      actual: LineRange | null;
      /** Rows in the unified view: a changed row is two lines there. */
      unifiedRows: number;
    }
  | { kind: 'hidden'; key: string; block: Extract<DiffBlock, { kind: 'hidden' }> };

export type RowsItem = Extract<DiffItem, { kind: 'rows' }>;

function windows(rows: readonly DiffRow[], key: string, hunk: HunkRows | null, size: number): RowsItem[] {
  const items: RowsItem[] = [];
  for (let start = 0; start < rows.length || start === 0; start += size) {
    const slice = start === 0 && rows.length <= size ? rows : rows.slice(start, start + size);
    items.push({
      kind: 'rows',
      key: `${key}-${start / size}`,
      hunk,
      first: start === 0,
      rows: slice,
      expected: rowsSpan(slice, 'expected'),
      actual: rowsSpan(slice, 'actual'),
      unifiedRows: slice.reduce((n, row) => n + (row.kind === 'changed' ? 2 : 1), 0),
    });
  }
  return items;
}

export function diffItems(blocks: readonly DiffBlock[], expectedLines: readonly string[] | null, size = WINDOW_ROWS): DiffItem[] {
  const items: DiffItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'hidden') items.push({ kind: 'hidden', key: block.key, block });
    else if (block.kind === 'hunk') items.push(...windows(block.hunk.rows, block.key, block.hunk, size));
    else if (expectedLines)
      items.push(...windows(contextRows(block.expectedFrom, block.actualFrom, block.count, expectedLines), block.key, null, size));
  }
  return items;
}

/** Whether line `line` of one side is shown in this window. */
export const windowHas = (item: RowsItem, side: DiffSide, line: number): boolean =>
  spanHas(side === 'expected' ? item.expected : item.actual, line);

/** The index of the item showing line `line` of one side, or -1. */
export function itemIndexOf(items: readonly DiffItem[], side: DiffSide, line: number): number {
  return items.findIndex((item) => item.kind === 'rows' && windowHas(item, side, line));
}

/** A line one can find: its side (unchanged lines count as expected) and text. */
export type FindableLine = { side: DiffSide; line: number; text: string };

/** The unchanged lines folded away between hunks that the expected file can show: "Find in diff" counts them too. */
export function foldedLines(items: readonly DiffItem[], expectedLines: readonly string[] | null): FindableLine[] {
  const lines: FindableLine[] = [];
  if (!expectedLines) return lines;
  for (const item of items) {
    if (item.kind !== 'hidden' || !item.block.gap.expandable) continue;
    const { expectedFrom, count } = item.block;
    for (let line = expectedFrom; line < expectedFrom + count; line++)
      lines.push({ side: 'expected', line, text: expectedLines[line - 1] ?? '' });
  }
  return lines;
}

/** Every line the rows show, down the page: a row's expected side, then its actual side unless it is unchanged. */
export function findableLines(items: readonly DiffItem[]): FindableLine[] {
  const lines: FindableLine[] = [];
  for (const item of items) {
    if (item.kind !== 'rows') continue;
    for (const row of item.rows) {
      if (row.left) lines.push({ side: 'expected', line: row.left.line, text: row.left.text });
      const right = row.kind === 'context' ? undefined : sideOf(row, 'actual');
      if (right) lines.push({ side: 'actual', line: right.line, text: right.text });
    }
  }
  return lines;
}

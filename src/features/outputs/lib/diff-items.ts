// The diff as a flat list of items of bounded size, for a virtualized list:
// every hunk and every revealed run of unchanged lines is cut into windows
// (hunk-windows.ts), and hidden-lines bars stay single items. Whatever the file
// size, only the items near the viewport are in the DOM; line anchors and
// find-in-diff locate their item here, before it is rendered.
import type { components } from '@/api/schema';
import { hunkSpan, type DiffBlock, type DiffSide } from './diff-blocks';
import { hunkWindows } from './hunk-windows';
import type { DiffHunk } from '@/api/types';

type DiffLine = components['schemas']['DiffLine'];

export type DiffItem =
  | {
      kind: 'window';
      key: string;
      /** The hunk this window belongs to; null for revealed unchanged lines. */
      hunk: { index: number; whole: DiffHunk } | null;
      /** The first window of a hunk carries its header. */
      first: boolean;
      window: DiffHunk;
      rows: number;
    }
  | { kind: 'hidden'; key: string; block: Extract<DiffBlock, { kind: 'hidden' }> };

export function diffItems(blocks: readonly DiffBlock[], expectedLines: readonly string[] | null): DiffItem[] {
  const items: DiffItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'hidden') {
      items.push({ kind: 'hidden', key: block.key, block });
      continue;
    }
    if (block.kind === 'context' && !expectedLines) continue;
    const whole = block.kind === 'hunk' ? block.hunk : contextHunk(block, expectedLines ?? []);
    hunkWindows(whole).forEach((w, i) => {
      items.push({
        kind: 'window',
        key: `${block.key}-${i}`,
        hunk: block.kind === 'hunk' ? { index: block.index, whole } : null,
        first: i === 0,
        window: w.hunk,
        rows: w.rows,
      });
    });
  }
  return items;
}

function contextHunk(block: Extract<DiffBlock, { kind: 'context' }>, expectedLines: readonly string[]): DiffHunk {
  const lines: DiffLine[] = [];
  for (let i = 0; i < block.count; i += 1) {
    lines.push({
      kind: 'context',
      text: expectedLines[block.expectedFrom - 1 + i] ?? '',
      expected_line: block.expectedFrom + i,
      actual_line: block.actualFrom + i,
    });
  }
  return { expected_start: block.expectedFrom, actual_start: block.actualFrom, lines };
}

/** Whether line `line` of one side is shown in this window. */
export function windowHas(window: DiffHunk, side: DiffSide, line: number): boolean {
  const span = hunkSpan(window, side);
  return span !== null && line >= span.from && line <= span.to;
}

/** The index of the item showing line `line` of one side, or -1. */
export function itemIndexOf(items: readonly DiffItem[], side: DiffSide, line: number): number {
  return items.findIndex((item) => item.kind === 'window' && windowHas(item.window, side, line));
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

export function findableLines(items: readonly DiffItem[]): FindableLine[] {
  const lines: FindableLine[] = [];
  for (const item of items) {
    if (item.kind !== 'window') continue;
    for (const l of item.window.lines) {
      if (l.kind === 'added' && l.actual_line !== null) lines.push({ side: 'actual', line: l.actual_line, text: l.text });
      else if (l.expected_line !== null) lines.push({ side: 'expected', line: l.expected_line, text: l.text });
    }
  }
  return lines;
}

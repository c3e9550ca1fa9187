// The diff as a list of blocks to render: the hunks' rows (diff-rows.ts), and between them
// the unchanged lines the diff left out, either hidden (a "show N hidden lines" bar)
// or revealed from the full expected file (both sides are equal there). Line
// anchors (#L12 / #R12) are located here too, so a link into a hidden region
// can reveal it.
import { hunkGaps, trailingGap, type HunkGap } from './diff-stats';
import { spanHas, type DiffModel, type DiffSide, type HunkRows, type LineRange } from './diff-rows';
import type { Diff, DiffHunk } from '@/api/types';

export type { DiffSide, LineRange } from './diff-rows';

export interface Gap extends HunkGap {
  /** Gap i sits before hunk i; the gap after the last hunk has index hunks.length. */
  index: number;
  /** Its lines can be shown from the expected file: the sides agree and the lines were received. */
  expandable: boolean;
}

export type DiffBlock =
  | { kind: 'hunk'; key: string; index: number; hunk: HunkRows }
  | { kind: 'hidden'; key: string; gap: Gap; expectedFrom: number; actualFrom: number; count: number }
  | { kind: 'context'; key: string; expectedFrom: number; actualFrom: number; count: number };

/**
 * @param totals line counts of the whole files, when known (the gap after the last hunk needs them)
 * @param availableExpectedLines how many expected lines the viewer has (fewer when truncated)
 */
export function diffGaps(diff: Diff, totals: { expectedLines: number; actualLines: number } | null, availableExpectedLines: number): Gap[] {
  const gaps: HunkGap[] = hunkGaps(diff);
  const trailing = totals ? trailingGap(diff, totals) : null;
  const all = trailing ? [...gaps, trailing] : gaps;
  return all.map((gap, i) => ({
    ...gap,
    index: trailing && i === all.length - 1 ? diff.hunks.length : i,
    expandable: gap.exact && gap.hidden > 0 && gap.expectedFrom + gap.hidden - 1 <= availableExpectedLines,
  }));
}

/** Merged, sorted and clipped to [from, to]. */
function normalise(ranges: readonly LineRange[], from: number, to: number): LineRange[] {
  const sorted = ranges
    .map((r) => ({ from: Math.max(from, r.from), to: Math.min(to, r.to) }))
    .filter((r) => r.from <= r.to)
    .sort((a, b) => a.from - b.from);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

function gapBlocks(gap: Gap, revealed: readonly LineRange[] | 'all'): DiffBlock[] {
  const first = gap.expectedFrom;
  const last = gap.expectedFrom + gap.hidden - 1;
  const offset = gap.actualFrom - gap.expectedFrom;
  const hidden = (from: number, to: number): DiffBlock => ({
    kind: 'hidden',
    key: `gap-${gap.index}-${from}`,
    gap,
    expectedFrom: from,
    actualFrom: from + offset,
    count: Math.max(0, to - from + 1),
  });
  // A gap the capped diff left inexact still gets a bar, so the reader knows something is missing there.
  if (!gap.expandable) return gap.hidden > 0 || !gap.exact ? [hidden(first, last)] : [];
  const shown = revealed === 'all' ? [{ from: first, to: last }] : normalise(revealed, first, last);
  const blocks: DiffBlock[] = [];
  let next = first;
  for (const range of shown) {
    if (range.from > next) blocks.push(hidden(next, range.from - 1));
    blocks.push({
      kind: 'context',
      key: `ctx-${gap.index}-${range.from}`,
      expectedFrom: range.from,
      actualFrom: range.from + offset,
      count: range.to - range.from + 1,
    });
    next = range.to + 1;
  }
  if (next <= last) blocks.push(hidden(next, last));
  return blocks;
}

/** Hunks in order with the gaps around them. `revealed` is keyed by gap index. */
export function diffBlocks(
  model: DiffModel,
  gaps: readonly Gap[],
  revealed: Readonly<Record<number, readonly LineRange[]>> | 'all',
): DiffBlock[] {
  const byIndex = new Map(gaps.map((gap) => [gap.index, gap]));
  const blocks: DiffBlock[] = [];
  const pushGap = (index: number) => {
    const gap = byIndex.get(index);
    if (gap) blocks.push(...gapBlocks(gap, revealed === 'all' ? 'all' : (revealed[index] ?? [])));
  };
  model.hunks.forEach((hunk, index) => {
    pushGap(index);
    blocks.push({ kind: 'hunk', key: `hunk-${index}`, index, hunk });
  });
  pushGap(model.hunks.length);
  return blocks;
}

/** First and last line a hunk covers on one side; null when it has none there. */
export function hunkSpan(hunk: DiffHunk, side: DiffSide): LineRange | null {
  let from: number | null = null;
  let to: number | null = null;
  for (const line of hunk.lines) {
    const n = side === 'expected' ? line.expected_line : line.actual_line;
    if (n === null) continue;
    from ??= n;
    to = n;
  }
  return from === null || to === null ? null : { from, to };
}

export type LineLocation = { kind: 'hunk'; hunkIndex: number } | { kind: 'gap'; gap: Gap; expectedLine: number } | { kind: 'outside' };

/** Where line `line` of one side is shown: in a hunk, in a gap, or nowhere in this diff. */
export function locateLine(model: DiffModel, gaps: readonly Gap[], side: DiffSide, line: number): LineLocation {
  for (const hunk of model.hunks) {
    if (spanHas(side === 'expected' ? hunk.expected : hunk.actual, line)) return { kind: 'hunk', hunkIndex: hunk.index };
  }
  for (const gap of gaps) {
    if (!gap.exact || gap.hidden === 0) continue;
    const start = side === 'expected' ? gap.expectedFrom : gap.actualFrom;
    if (line >= start && line < start + gap.hidden) return { kind: 'gap', gap, expectedLine: gap.expectedFrom + (line - start) };
  }
  return { kind: 'outside' };
}

/** Lines around `line` to reveal for a deep link into a hidden region. */
export function rangeAround(line: number, radius = 10): LineRange {
  return { from: Math.max(1, line - radius), to: line + radius };
}

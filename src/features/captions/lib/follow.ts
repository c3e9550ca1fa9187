// The cue table following the video: which rows hold the cues on screen at a time (each side on its own, as a
// late actual cue is current in another row than its expected one), where "Play from here" starts, the loop of a
// differing row, and the previous/next differing row of `[` and `]`.
import type { AlignedRow } from './aligned-row';
import type { Cue } from './cue';
import type { CurrentRows, Side } from './current-rows';

/** "Play from here" starts this much before the cue, so its first words are not cut. */
export const LEAD_IN_MS = 300;
/** `[` within this long of a differing row's start goes to the one before it, as a player's "previous" does. */
export const PREVIOUS_GRACE_MS = 1000;

export type { Side } from './current-rows';
type Span = { start: number; end: number; row: number };

/** Per side, every cue of the rows as a span, sorted by start, with the largest end so far for the search. */
export type PlaybackIndex = Record<Side, { spans: Span[]; maxEnd: number[] }>;

function sideIndex(rows: readonly AlignedRow[], side: Side) {
  const spans = rows.flatMap((row, index) => row[side].map((cue: Cue) => ({ start: cue.start, end: cue.end, row: index })));
  spans.sort((a, b) => a.start - b.start || a.row - b.row);
  let max = -Infinity;
  const maxEnd = spans.map((span) => (max = Math.max(max, span.end)));
  return { spans, maxEnd };
}

export function playbackIndex(rows: readonly AlignedRow[]): PlaybackIndex {
  return { expected: sideIndex(rows, 'expected'), actual: sideIndex(rows, 'actual') };
}

/** The rows (ascending) whose cues on `side` are showing at `ms`: start ≤ ms < end. Overlapping cues give several. */
export function rowsAt(index: PlaybackIndex, side: Side, ms: number): number[] {
  const { spans, maxEnd } = index[side];
  // The last span starting at or before ms…
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? Infinity) <= ms) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // …and back while an earlier span may still be running.
  const rows = new Set<number>();
  for (let i = last; i >= 0 && (maxEnd[i] ?? -Infinity) > ms; i--) {
    const span = spans[i];
    if (span && span.end > ms) rows.add(span.row);
  }
  return [...rows].sort((a, b) => a - b);
}

export { NO_CURRENT_ROWS, type CurrentRows } from './current-rows';

export function currentRows(index: PlaybackIndex, ms: number): CurrentRows {
  return { expected: rowsAt(index, 'expected', ms), actual: rowsAt(index, 'actual', ms) };
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i]);
export const sameCurrentRows = (a: CurrentRows, b: CurrentRows) => sameList(a.expected, b.expected) && sameList(a.actual, b.actual);

/** The first of the current rows, the one the table keeps in view: the shown track's side first. */
export function leadingRow(current: CurrentRows, side: Side): number {
  return current[side][0] ?? current[side === 'expected' ? 'actual' : 'expected'][0] ?? -1;
}

/** The row's time span over both sides: earliest start, latest end (ms). */
export function rowSpan(row: AlignedRow): { start: number; end: number } {
  const cues = [...row.expected, ...row.actual];
  return { start: Math.min(...cues.map((c) => c.start)), end: Math.max(...cues.map((c) => c.end)) };
}

/** Where "Play from here" seeks, in seconds: the row's earliest cue less the lead-in, never before the start. */
export function playFromSeconds(row: AlignedRow, leadInMs = LEAD_IN_MS): number {
  return Math.max(0, rowSpan(row).start - leadInMs) / 1000;
}

/** A row whose cues differ in any way: what `[`/`]` visit and what can play in a loop. */
export const isDifferent = (row: AlignedRow) => row.kind !== 'same';

/** The loop of a differing row (seconds): from its lead-in to the end of its last cue on either side. */
export function loopRange(row: AlignedRow, leadInMs = LEAD_IN_MS): { from: number; to: number } {
  const span = rowSpan(row);
  return { from: Math.max(0, span.start - leadInMs) / 1000, to: span.end / 1000 };
}

/**
 * The next (`1`) or previous (`-1`) differing row from the time `ms`, or -1. Next: the first whose start is past
 * what the lead-in is about to play, so pressing it again after a jump moves on. Previous: the last one starting
 * more than PREVIOUS_GRACE_MS ago, so a row just jumped to is passed over.
 */
export function differingRow(rows: readonly AlignedRow[], ms: number, direction: 1 | -1): number {
  if (direction === 1) {
    return rows.findIndex((row) => isDifferent(row) && rowSpan(row).start > ms + LEAD_IN_MS);
  }
  return rows.findLastIndex((row) => isDifferent(row) && rowSpan(row).start < ms - PREVIOUS_GRACE_MS);
}

/**
 * Whether the table scrolls to the current row. It follows while the reader is with the video: after a jump
 * ("Play from here", `[`, `]`, the video's own seek bar) or while the row that was current is still in view. Once
 * the reader has scrolled elsewhere (the last current row out of view) it stays put until they come back.
 */
export function shouldScroll({ following, rowInView }: { following: boolean; rowInView: boolean }): boolean {
  return following && !rowInView;
}

/** After the reader scrolls: still following when the current row is in view, or when nothing is current. */
export function followingAfterScroll({ currentRow, rowInView }: { currentRow: number; rowInView: boolean }): boolean {
  return currentRow < 0 || rowInView;
}

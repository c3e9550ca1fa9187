// One row of the cue view: the expected and actual cues that correspond, how
// they differ, and the timing delta that turns a shift into one number per row.
import type { Cue } from './cue';
import { textChange, type TextChange } from './text-change';

export type RowKind = 'same' | 'timing' | 'text' | 'both' | 'missing' | 'extra' | 'split' | 'merged';

export interface AlignedRow {
  kind: RowKind;
  expected: Cue[];
  actual: Cue[];
  /** actual − expected in ms (first start, last end): positive means late. Set when both sides have cues. */
  startDeltaMs?: number;
  endDeltaMs?: number;
  /** How the text differs, on rows of kind 'text' and 'both'. */
  textChange?: TextChange;
}

/** The row for one expected cue paired with one actual cue. */
export function pairRow(e: Cue, a: Cue): AlignedRow {
  const startDeltaMs = a.start - e.start;
  const endDeltaMs = a.end - e.end;
  const change = textChange(e, a);
  const timing = startDeltaMs !== 0 || endDeltaMs !== 0;
  const row: AlignedRow = {
    kind: change ? (timing ? 'both' : 'text') : timing ? 'timing' : 'same',
    expected: [e],
    actual: [a],
    startDeltaMs,
    endDeltaMs,
  };
  if (change) row.textChange = change;
  return row;
}

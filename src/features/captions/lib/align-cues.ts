// Pairs expected and actual cues so a timing fix shows as one delta per row and
// a lost cue as one "missing" row, not a renumbered wall of changes.
// 1. Anchor cues with the same plain text, in order (patience LCS: near-linear).
// 2. Between anchors, pair the rest by time overlap and shared words, after
//    removing the timing offset of the nearest anchor so shifted and drifting
//    files still pair up; recognise one cue split into consecutive cues (or
//    merged from them) by text (align-gap.ts).
import { alignGap } from './align-gap';
import { pairRow, type AlignedRow } from './aligned-row';
import { commonAnchors } from './common-anchors';
import type { Cue } from './cue';

export type { AlignedRow, RowKind } from './aligned-row';

export function alignCues(expected: readonly Cue[], actual: readonly Cue[]): AlignedRow[] {
  const anchors = commonAnchors(
    expected.map((c) => c.plain),
    actual.map((c) => c.plain),
  );
  const rows: AlignedRow[] = [];
  let nextE = 0;
  let nextA = 0;
  let offset: number | null = null;
  for (const [i, j] of anchors) {
    const e = expected[i] as Cue;
    const a = actual[j] as Cue;
    // Before the first anchor, the first anchor's offset is the best guess.
    alignGap(expected.slice(nextE, i), actual.slice(nextA, j), offset ?? a.start - e.start, rows);
    rows.push(pairRow(e, a));
    offset = a.start - e.start;
    nextE = i + 1;
    nextA = j + 1;
  }
  alignGap(expected.slice(nextE), actual.slice(nextA), offset ?? 0, rows);
  return rows;
}

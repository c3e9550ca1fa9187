import { describe, expect, it } from 'vitest';
import { alignCues } from './align-cues';
import type { AlignedRow } from './aligned-row';
import type { Cue } from './cue';
import {
  currentRows,
  differingRow,
  followingAfterScroll,
  leadingRow,
  loopRange,
  playbackIndex,
  playFromSeconds,
  rowsAt,
  sameCurrentRows,
  shouldScroll,
} from './follow';

let next = 1;
const cue = (start: number, end: number, text = `CUE ${next}`): Cue => ({ index: next++, start, end, text, plain: text, line: 1 });
const row = (kind: AlignedRow['kind'], expected: Cue[], actual: Cue[]): AlignedRow => ({ kind, expected, actual });

// Expected 0–2 s, 2–4 s, 4–6 s; the actual of the second row 500 ms late, the third's text changed.
const ROWS: AlignedRow[] = [
  row('same', [cue(0, 2000)], [cue(0, 2000)]),
  row('timing', [cue(2000, 4000)], [cue(2500, 4500)]),
  row('text', [cue(4500, 6000)], [cue(4500, 6000, 'OTHER')]),
  row('same', [cue(7000, 8000)], [cue(7000, 8000)]),
  row('extra', [], [cue(9000, 9500)]),
];

describe('rowsAt and currentRows', () => {
  const index = playbackIndex(ROWS);

  it('finds each side’s cue on screen on its own: a late actual cue is current in its own row', () => {
    expect(currentRows(index, 2200)).toEqual({ expected: [1], actual: [] });
    expect(currentRows(index, 2600)).toEqual({ expected: [1], actual: [1] });
    expect(currentRows(index, 4200)).toEqual({ expected: [], actual: [1] });
  });

  it('counts a cue from its start up to, not including, its end', () => {
    expect(rowsAt(index, 'expected', 2000)).toEqual([1]);
    expect(rowsAt(index, 'expected', 1999)).toEqual([0]);
    expect(rowsAt(index, 'expected', 6000)).toEqual([]);
    expect(rowsAt(index, 'expected', -1)).toEqual([]);
    expect(rowsAt(index, 'actual', 9100)).toEqual([4]);
    expect(rowsAt(index, 'expected', 9100)).toEqual([]);
  });

  it('gives every row of overlapping cues, also one that started long before', () => {
    const rows = [
      row('same', [cue(0, 10_000, 'LONG')], [cue(0, 10_000, 'LONG')]),
      row('same', [cue(1000, 2000)], [cue(1000, 2000)]),
      row('same', [cue(3000, 4000)], [cue(3000, 4000)]),
    ];
    const overlapping = playbackIndex(rows);
    expect(rowsAt(overlapping, 'expected', 3500)).toEqual([0, 2]);
    expect(rowsAt(overlapping, 'expected', 2500)).toEqual([0]);
  });

  it('finds rows in a file of thousands of cues', () => {
    const many = Array.from({ length: 5000 }, (_, i) => row('same', [cue(i * 1000, i * 1000 + 900)], [cue(i * 1000, i * 1000 + 900)]));
    expect(currentRows(playbackIndex(many), 4_321_500)).toEqual({ expected: [4321], actual: [4321] });
    expect(currentRows(playbackIndex(many), 4_321_950)).toEqual({ expected: [], actual: [] });
  });

  it('tells when the current rows changed', () => {
    expect(sameCurrentRows(currentRows(index, 100), currentRows(index, 1900))).toBe(true);
    expect(sameCurrentRows(currentRows(index, 1900), currentRows(index, 2100))).toBe(false);
  });

  it('keeps the shown track’s row in view first, else the other side’s', () => {
    expect(leadingRow({ expected: [1], actual: [0] }, 'actual')).toBe(0);
    expect(leadingRow({ expected: [1], actual: [0] }, 'expected')).toBe(1);
    expect(leadingRow({ expected: [], actual: [4] }, 'expected')).toBe(4);
    expect(leadingRow({ expected: [], actual: [] }, 'expected')).toBe(-1);
  });
});

describe('playing from a row', () => {
  it('starts the lead-in before the earliest cue of either side, never before zero', () => {
    expect(playFromSeconds(ROWS[1] as AlignedRow)).toBeCloseTo(1.7);
    expect(playFromSeconds(ROWS[0] as AlignedRow)).toBe(0);
    expect(playFromSeconds(ROWS[4] as AlignedRow)).toBeCloseTo(8.7);
  });

  it('loops a differing row from its lead-in to the end of its last cue on either side', () => {
    expect(loopRange(ROWS[1] as AlignedRow)).toEqual({ from: 1.7, to: 4.5 });
  });
});

describe('differingRow', () => {
  it('goes to the next differing row, and on to the one after when pressed again after the jump', () => {
    expect(differingRow(ROWS, 0, 1)).toBe(1);
    // After the jump to row 1 the time is its start less the lead-in.
    expect(differingRow(ROWS, 1700, 1)).toBe(2);
    expect(differingRow(ROWS, 4200, 1)).toBe(4);
    expect(differingRow(ROWS, 9000, 1)).toBe(-1);
  });

  it('goes back to the previous differing row, passing over one that has just started', () => {
    expect(differingRow(ROWS, 4200, -1)).toBe(1);
    // Just jumped to row 2 (4.2 s): the one before it.
    expect(differingRow(ROWS, 4700, -1)).toBe(1);
    // Well into row 2: back to its start.
    expect(differingRow(ROWS, 5800, -1)).toBe(2);
    expect(differingRow(ROWS, 2000, -1)).toBe(-1);
  });

  it('visits what the aligner marks as differing: moved, changed, missing and extra cues', () => {
    const expected = [cue(1000, 2000, 'A'), cue(3000, 4000, 'B'), cue(5000, 6000, 'C')];
    const actual = [cue(1000, 2000, 'A'), cue(3033, 4033, 'B'), cue(7000, 8000, 'D')];
    const rows = alignCues(expected, actual);
    const visited: number[] = [];
    let at = differingRow(rows, 0, 1);
    while (at >= 0) {
      visited.push(at);
      at = differingRow(rows, playFromSeconds(rows[at] as AlignedRow) * 1000, 1);
    }
    expect(visited.map((i) => rows[i]?.kind)).toEqual(rows.filter((r) => r.kind !== 'same').map((r) => r.kind));
  });
});

describe('following without stealing the scroll', () => {
  it('scrolls only while following and when the current row is out of view', () => {
    expect(shouldScroll({ following: true, rowInView: false })).toBe(true);
    expect(shouldScroll({ following: true, rowInView: true })).toBe(false);
    expect(shouldScroll({ following: false, rowInView: false })).toBe(false);
  });

  it('stops following when the reader scrolls the current row away, and follows again when they bring it back', () => {
    expect(followingAfterScroll({ currentRow: 3, rowInView: false })).toBe(false);
    expect(followingAfterScroll({ currentRow: 3, rowInView: true })).toBe(true);
    expect(followingAfterScroll({ currentRow: -1, rowInView: false })).toBe(true);
  });
});

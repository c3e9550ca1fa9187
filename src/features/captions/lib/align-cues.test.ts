import { describe, expect, it } from 'vitest';
import { alignCues, type AlignedRow } from './align-cues';
import { pushCue, type Cue } from './cue';

type Spec = [start: number, end: number, text: string];

function cues(specs: readonly Spec[]): Cue[] {
  const out: Cue[] = [];
  specs.forEach(([start, end, text], i) => pushCue(out, { start, end, text, line: i * 4 + 1 }));
  return out;
}

/** Row kinds with the 1-based cue indexes of each side, e.g. "split 2>2,3". */
function shape(rows: readonly AlignedRow[]): string[] {
  return rows.map((r) => `${r.kind} ${r.expected.map((c) => c.index).join(',')}>${r.actual.map((c) => c.index).join(',')}`);
}

const BASE: Spec[] = [
  [1000, 2000, 'One'],
  [2000, 3000, 'Two words'],
  [3000, 4000, 'Three'],
  [4000, 5000, 'Four'],
  [5000, 6000, 'Five'],
];

describe('alignCues', () => {
  it('pairs identical files cue for cue', () => {
    const rows = alignCues(cues(BASE), cues(BASE));
    expect(shape(rows)).toEqual(['same 1>1', 'same 2>2', 'same 3>3', 'same 4>4', 'same 5>5']);
    expect(rows[0]).toMatchObject({ startDeltaMs: 0, endDeltaMs: 0 });
  });

  it('reports a shift as timing deltas, one per row', () => {
    const rows = alignCues(cues(BASE), cues(BASE.map(([s, e, t]) => [s + 33, e + 33, t])));
    expect(rows.every((r) => r.kind === 'timing' && r.startDeltaMs === 33 && r.endDeltaMs === 33)).toBe(true);
  });

  it('pairs a changed cue by time and says how its text changed', () => {
    const actual = BASE.map((c): Spec => (c[2] === 'Three' ? [3000, 4000, 'Tree'] : c[2] === 'Four' ? [4010, 5000, '<i>Four</i>'] : c));
    const rows = alignCues(cues(BASE), cues(actual));
    expect(shape(rows)).toEqual(['same 1>1', 'same 2>2', 'text 3>3', 'both 4>4', 'same 5>5']);
    expect(rows[2]?.textChange).toBe('words');
    expect(rows[3]).toMatchObject({ textChange: 'formatting', startDeltaMs: 10, endDeltaMs: 0 });
  });

  it('finds a missing and an extra cue without renumbering the rest', () => {
    const actual: Spec[] = [BASE[0], BASE[2], [3500, 3900, 'Inserted'], BASE[3], BASE[4]].filter((c): c is Spec => c !== undefined);
    expect(shape(alignCues(cues(BASE), cues(actual)))).toEqual(['same 1>1', 'missing 2>', 'same 3>2', 'extra >3', 'same 4>4', 'same 5>5']);
  });

  it('finds a cue split in two in the middle of a file, even when shifted', () => {
    const actual: Spec[] = [
      [1040, 2040, 'One'],
      [2040, 2540, 'Two'],
      [2540, 3040, 'words'],
      [3040, 4040, 'Three'],
    ];
    const rows = alignCues(cues(BASE.slice(0, 3)), cues(actual));
    expect(shape(rows)).toEqual(['timing 1>1', 'split 2>2,3', 'timing 3>4']);
    expect(rows[1]).toMatchObject({ startDeltaMs: 40, endDeltaMs: 40 });
  });

  it('finds cues merged into one', () => {
    const actual: Spec[] = [
      [1000, 2000, 'One'],
      [2000, 4000, 'Two words Three'],
      [4000, 5000, 'Four'],
    ];
    const rows = alignCues(cues(BASE.slice(0, 4)), cues(actual));
    expect(shape(rows)).toEqual(['same 1>1', 'merged 2,3>2', 'same 4>3']);
    expect(rows[1]).toMatchObject({ startDeltaMs: 0, endDeltaMs: 0 });
  });

  it('does not call far-apart text a split', () => {
    const actual: Spec[] = [
      [1000, 2000, 'One'],
      [60_000, 61_000, 'Two'],
      [61_000, 62_000, 'words'],
    ];
    expect(shape(alignCues(cues(BASE.slice(0, 2)), cues(actual)))).toEqual(['same 1>1', 'missing 2>', 'extra >2', 'extra >3']);
  });

  it('makes every expected cue missing against an empty file, and every actual cue extra against nothing', () => {
    expect(shape(alignCues(cues(BASE.slice(0, 2)), []))).toEqual(['missing 1>', 'missing 2>']);
    expect(shape(alignCues([], cues(BASE.slice(0, 1))))).toEqual(['extra >1']);
  });

  it('pairs a rewritten file by time when no text matches', () => {
    const actual = BASE.map(([s, e, t]): Spec => [s + 5, e + 5, t.toUpperCase()]);
    const rows = alignCues(cues(BASE), cues(actual));
    expect(shape(rows)).toEqual(['both 1>1', 'both 2>2', 'both 3>3', 'both 4>4', 'both 5>5']);
  });
});

import { describe, expect, it } from 'vitest';
import { alignGap } from './align-gap';
import type { AlignedRow } from './aligned-row';
import { pushCue, type Cue } from './cue';

type Spec = [start: number, end: number, text: string];

function cues(specs: readonly Spec[]): Cue[] {
  const out: Cue[] = [];
  for (const [start, end, text] of specs) pushCue(out, { start, end, text, line: 1 });
  return out;
}

function gap(es: readonly Spec[], as: readonly Spec[], offset = 0): string[] {
  const rows: AlignedRow[] = [];
  alignGap(cues(es), cues(as), offset, rows);
  return rows.map((r) => `${r.kind} ${r.expected.map((c) => c.index).join(',')}>${r.actual.map((c) => c.index).join(',')}`);
}

describe('alignGap', () => {
  it('pairs a changed cue with its own slot, not with the missing neighbour before it', () => {
    const es: Spec[] = [
      [2000, 3000, 'THE WEATHER IS NEXT'],
      [3000, 4000, 'IT WILL RAIN TOMORROW'],
    ];
    expect(gap(es, [[3000, 4000, 'IT WILL RAIN TODAY']])).toEqual(['missing 1>', 'text 2>1']);
  });

  it('pairs an extra cue by time, after removing the local offset', () => {
    const es: Spec[] = [[5000, 6000, 'ONE']];
    const as: Spec[] = [
      [3500, 4500, 'INSERTED'],
      [5500, 6500, 'UNO'],
    ];
    expect(gap(es, as, 500)).toEqual(['extra >1', 'both 1>2']);
  });

  it('pairs a lone changed cue even when it moved far', () => {
    expect(gap([[1000, 2000, 'A']], [[9000, 9500, 'B']])).toEqual(['both 1>1']);
  });

  it('pairs a cue moved far in time when its words match', () => {
    const es: Spec[] = [
      [1000, 2000, 'GOOD EVENING AND WELCOME'],
      [2000, 3000, 'X'],
    ];
    expect(gap(es, [[8000, 9000, 'GOOD EVENING, AND WELCOME!']])).toEqual(['both 1>1', 'missing 2>']);
  });

  it('reports unrelated cues far apart as missing and extra, in time order', () => {
    const es: Spec[] = [
      [1000, 2000, 'A'],
      [3000, 4000, 'B'],
    ];
    expect(gap(es, [[20_000, 21_000, 'C']])).toEqual(['missing 1>', 'missing 2>', 'extra >1']);
    expect(gap([[20_000, 21_000, 'C']], es)).toEqual(['extra >1', 'extra >2', 'missing 1>']);
  });

  it('prefers a split over pairing the first piece', () => {
    const es: Spec[] = [[1000, 3000, 'HELLO THERE WORLD']];
    const as: Spec[] = [
      [1000, 2000, 'HELLO THERE'],
      [2000, 3000, 'WORLD'],
    ];
    expect(gap(es, as)).toEqual(['split 1>1,2']);
    expect(gap(as, es)).toEqual(['merged 1,2>1']);
  });

  it('sweeps huge gaps linearly with the same decisions', () => {
    const es: Spec[] = Array.from({ length: 300 }, (_, i) => [i * 1000, i * 1000 + 900, `line ${i}`]);
    const as: Spec[] = es.map(([s, e, t]) => [s, e, t.toUpperCase()]);
    as.splice(100, 1);
    const rows = gap(es, as);
    expect(rows).toHaveLength(300);
    expect(rows[100]).toBe('missing 101>');
    expect(rows.filter((r) => r.startsWith('text')).length).toBe(299);
  });
});

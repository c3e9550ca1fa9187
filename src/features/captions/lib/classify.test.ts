import { describe, expect, it } from 'vitest';
import { alignCues } from './align-cues';
import { classify, notCaptions } from './classify';
import { pushCue, type Cue, type ParseResult } from './cue';

type Spec = [start: number, end: number, text: string];

function parsed(specs: readonly Spec[], badBlocks = 0): ParseResult {
  const cues: Cue[] = [];
  specs.forEach(([start, end, text], i) => pushCue(cues, { start, end, text, line: i * 4 + 1 }));
  return { format: 'srt', cues, badBlocks: Array.from({ length: badBlocks }, (_, i) => ({ line: i + 1, reason: 'x' })) };
}

const BASE: Spec[] = Array.from({ length: 10 }, (_, i) => [i * 2000, i * 2000 + 1800, `Line ${i + 1} café`]);

function verdictOf(actual: readonly Spec[], outside: 'none' | 'whitespace' | 'other' = 'none', badBlocks = 0) {
  const e = parsed(BASE);
  const a = parsed(actual, badBlocks);
  return classify(alignCues(e.cues, a.cues), e, a, outside);
}

const map = (f: (s: Spec, i: number) => Spec): Spec[] => BASE.map(f);

describe('classify', () => {
  it('calls equal cues identical, and notes differences outside the cues', () => {
    expect(verdictOf(BASE)).toEqual({
      kind: 'identical',
      outside: false,
      expectedCues: 10,
      actualCues: 10,
      badBlocks: { expected: 0, actual: 0 },
    });
    expect(verdictOf(BASE, 'other')).toMatchObject({ kind: 'identical', outside: true });
    expect(verdictOf(BASE, 'whitespace')).toMatchObject({ kind: 'whitespace_only', changed: 0 });
  });

  it('finds constant shifts: 1 ms, 33 ms late, 40 ms early', () => {
    expect(verdictOf(map(([s, e, t]) => [s + 1, e + 1, t]))).toMatchObject({ kind: 'timing_shift', offsetMs: 1, changed: 10, paired: 10 });
    expect(verdictOf(map(([s, e, t]) => [s + 33, e + 33, t]))).toMatchObject({ kind: 'timing_shift', offsetMs: 33 });
    expect(verdictOf(map(([s, e, t]) => [s - 40, e - 40, t]))).toMatchObject({ kind: 'timing_shift', offsetMs: -40 });
  });

  it('finds a drift with its first and last offsets', () => {
    expect(verdictOf(map(([s, e, t]) => [s + s / 100, e + e / 100, t]))).toEqual(
      expect.objectContaining({ kind: 'timing_drift', firstOffsetMs: 0, lastOffsetMs: 180, paired: 10 }),
    );
  });

  it('counts text changes and names the mildest kind', () => {
    expect(verdictOf(map(([s, e, t], i) => [s, e, i === 4 ? 'Something else' : t]))).toMatchObject({ kind: 'text_changed', changed: 1 });
    expect(verdictOf(map(([s, e, t], i) => [s, e, i < 2 ? `<i>${t}</i>` : t]))).toMatchObject({ kind: 'formatting_only', changed: 2 });
    expect(verdictOf(map(([s, e, t], i) => [s, e, i < 3 ? `${t} ` : t]))).toMatchObject({ kind: 'whitespace_only', changed: 3 });
    expect(verdictOf(map(([s, e, t], i) => [s, e, i === 0 ? `${t} ` : i === 1 ? `<b>${t}</b>` : t]))).toMatchObject({
      kind: 'formatting_only',
      changed: 2,
    });
  });

  it('finds encoding-only differences with an example', () => {
    expect(verdictOf(map(([s, e, t]) => [s, e, t.replace('é', 'Ã©')]))).toMatchObject({
      kind: 'encoding_only',
      changed: 10,
      example: { expected: 'é', actual: 'Ã©' },
    });
  });

  it('counts split, merged, missing and extra cues', () => {
    const split = BASE.flatMap(([s, e, t], i): Spec[] =>
      i === 5
        ? [
            [s, s + 900, 'Line 6'],
            [s + 900, e, 'café'],
          ]
        : [[s, e, t]],
    );
    expect(verdictOf(split)).toMatchObject({ kind: 'cues_split', split: 1, into: 2, actualCues: 11 });
    const merged = BASE.flatMap(([s, e, t], i): Spec[] => (i === 5 ? [[s, e + 2000, `${t} Line 7 café`]] : i === 6 ? [] : [[s, e, t]]));
    expect(verdictOf(merged)).toMatchObject({ kind: 'cues_merged', merged: 2, into: 1 });
    expect(verdictOf(BASE.filter((_, i) => i !== 3 && i !== 7))).toMatchObject({ kind: 'cues_missing', missing: 2 });
    expect(verdictOf([...BASE, [30_000, 31_000, 'Bonus']])).toMatchObject({ kind: 'extra_cues', extra: 1 });
  });

  it('reports several kinds as mixed, in a stable order', () => {
    const actual = map(([s, e, t], i) => [s + 33, e + 33, i === 2 ? 'Changed' : t]).filter((_, i) => i !== 8);
    const verdict = verdictOf(actual);
    expect(verdict.kind).toBe('mixed');
    expect(verdict.kind === 'mixed' && verdict.parts.map((p) => p.kind)).toEqual(['timing_shift', 'text_changed', 'cues_missing']);
  });

  it('treats an empty actual file as all cues missing and counts bad blocks', () => {
    expect(verdictOf([], 'other', 2)).toEqual({
      kind: 'cues_missing',
      missing: 10,
      expectedCues: 10,
      actualCues: 0,
      badBlocks: { expected: 0, actual: 2 },
    });
  });

  it('builds the not-captions verdict', () => {
    expect(notCaptions('actual')).toMatchObject({ kind: 'not_captions', side: 'actual' });
  });
});

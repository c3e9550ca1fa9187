import { describe, expect, it } from 'vitest';
import { timingPattern, type TimingSample } from './timing-pattern';

function samples(count: number, delta: (i: number, at: number) => number): TimingSample[] {
  return Array.from({ length: count }, (_, i) => {
    const start = i * 2000;
    const end = start + 1500;
    return { start, end, startDeltaMs: delta(i, start), endDeltaMs: delta(i, end) };
  });
}

describe('timingPattern', () => {
  it('finds no difference', () => {
    expect(timingPattern(samples(5, () => 0))).toEqual({ kind: 'none' });
    expect(timingPattern([])).toEqual({ kind: 'none' });
  });

  it('finds a constant shift of 1 ms, 33 ms late and 40 ms early', () => {
    expect(timingPattern(samples(5, () => 1))).toEqual({ kind: 'shift', offsetMs: 1, jitterMs: 0, changed: 5, cues: 5 });
    expect(timingPattern(samples(5, () => 33))).toMatchObject({ kind: 'shift', offsetMs: 33 });
    expect(timingPattern(samples(5, () => -40))).toMatchObject({ kind: 'shift', offsetMs: -40 });
  });

  it('tolerates ±1 ms rounding around the offset', () => {
    expect(timingPattern(samples(6, (i) => 33 + (i % 3) - 1))).toMatchObject({ kind: 'shift', offsetMs: 33, jitterMs: 1 });
    expect(timingPattern(samples(6, (i) => (i === 2 ? 1 : 0)))).toEqual({ kind: 'shift', offsetMs: 0, jitterMs: 1, changed: 1, cues: 6 });
  });

  it('finds a linear drift, rounded to whole ms', () => {
    const drift = timingPattern(samples(100, (_, at) => Math.round(at * 0.001)));
    expect(drift).toEqual({ kind: 'drift', firstOffsetMs: 0, lastOffsetMs: 198, cues: 100 });
  });

  it('calls a step or a single moved cue irregular, not a drift', () => {
    expect(timingPattern(samples(10, (i) => (i < 5 ? 0 : 500)))).toMatchObject({
      kind: 'irregular',
      minDeltaMs: 500,
      maxDeltaMs: 500,
      changed: 5,
    });
    expect(timingPattern(samples(10, (i) => (i === 4 ? -300 : i === 6 ? 20 : 0)))).toMatchObject({
      kind: 'irregular',
      changed: 2,
      minDeltaMs: -300,
      maxDeltaMs: 20,
    });
  });

  it('does not call a lone 2 ms change a shift', () => {
    expect(timingPattern(samples(4, (i) => (i === 3 ? 2 : 0)))).toMatchObject({
      kind: 'irregular',
      changed: 1,
      minDeltaMs: 2,
      maxDeltaMs: 2,
    });
  });

  it('keeps precision for transcript times in epoch milliseconds', () => {
    const base = Date.UTC(2016, 1, 11, 3, 0, 8);
    const epoch = samples(50, (_, at) => Math.round(at * 0.002)).map((s) => ({ ...s, start: s.start + base, end: s.end + base }));
    expect(timingPattern(epoch)).toMatchObject({ kind: 'drift', firstOffsetMs: 0, lastOffsetMs: 196 });
  });
});

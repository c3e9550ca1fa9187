import { describe, expect, it } from 'vitest';
import { writeSrt, type FixtureCue } from '@/testing/captions/write-captions';
import { captionDiff } from './caption-diff';

const COUNT = 10_000;
const WORDS = ['THE', 'STORM', 'MOVES', 'EAST', 'TONIGHT', 'WITH', 'HEAVY', 'RAIN', 'AND', 'WIND', 'CAFÉ', 'NEWS'];

/** Realistic-ish cues: varied text, a repeated "[MUSIC]" every 50 cues, 2.5 s apart. */
function expectedCues(): FixtureCue[] {
  return Array.from({ length: COUNT }, (_, i): FixtureCue => {
    const text =
      i % 50 === 0 ? '[MUSIC]' : Array.from({ length: 3 + (i % 5) }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ') + ` ${i}`;
    return [i * 2500, i * 2500 + 2200, i % 3 === 0 ? `<font color="#ffff00">${text}</font>` : text];
  });
}

/** A +33 ms shift plus 20 text changes, 5 missing, 5 extra and 2 split cues. */
function actualCues(expected: readonly FixtureCue[]): FixtureCue[] {
  return expected.flatMap(([s, e, t], i): FixtureCue[] => {
    const [start, end] = [s + 33, e + 33];
    if (i % 2000 === 1000) return [];
    if (i % 2000 === 1500)
      return [
        [start, end, t],
        [end + 10, end + 200, 'EXTRA'],
      ];
    if (i === 4001 || i === 8001)
      return [
        [start, start + 1000, 'FIRST HALF'],
        [start + 1000, end, t.replace(/<[^>]+>/g, '').replace('FIRST HALF ', '')],
      ];
    return [[start, end, i % 500 === 7 ? `${t} CHANGED` : t]];
  });
}

describe('captionDiff at scale', () => {
  it(`classifies ${COUNT.toLocaleString('en-US')} vs ${COUNT.toLocaleString('en-US')} cues with every kind of difference`, () => {
    const expectedList = expectedCues();
    const actualList = actualCues(expectedList);
    // Make two of the actual cues a real split of the expected text.
    for (const i of [4001, 8001]) {
      const original = expectedList[i];
      if (original) expectedList[i] = [original[0], original[1], `FIRST HALF ${original[2].replace(/<[^>]+>/g, '')}`];
    }
    const expectedSrt = writeSrt(expectedList);
    const actualSrt = writeSrt(actualList);

    const diff = captionDiff(expectedSrt, actualSrt, 'long.srt');

    expect(diff.verdict.kind).toBe('mixed');
    const counts = Object.fromEntries(
      ['split', 'missing', 'extra', 'both', 'timing'].map((k) => [k, diff.rows.filter((r) => r.kind === k).length]),
    );
    expect(counts).toEqual({ split: 2, missing: 5, extra: 5, both: 20, timing: COUNT - 2 - 5 - 20 });
    expect(diff.sentence).toBe(
      'Mixed differences: timing shifted 33 ms late, text changed in 20 of 10,000 cues, 2 cues split into 4, 5 cues missing, 5 extra cues',
    );
  }, 30_000);
});

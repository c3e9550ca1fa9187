import { describe, expect, it } from 'vitest';
import type { DiffPart, Verdict } from './classify';
import { verdictLabel, verdictSentence } from './verdict-text';

const base = { expectedCues: 412, actualCues: 412, badBlocks: { expected: 0, actual: 0 } };
const v = (
  part: DiffPart | { kind: 'identical'; outside: boolean } | { kind: 'mixed'; parts: DiffPart[] },
  extra: Partial<typeof base> = {},
): Verdict => ({ ...base, ...extra, ...part });

describe('verdictSentence', () => {
  it('says a shift in one sentence, late or early', () => {
    expect(verdictSentence(v({ kind: 'timing_shift', offsetMs: 33, jitterMs: 0, changed: 412, paired: 412 }))).toBe(
      'All 412 cues match but are 33 ms late',
    );
    expect(verdictSentence(v({ kind: 'timing_shift', offsetMs: -1040, jitterMs: 1, changed: 412, paired: 412 }))).toBe(
      'All 412 cues match but are 1,040 ms early',
    );
    expect(verdictSentence(v({ kind: 'timing_shift', offsetMs: 0, jitterMs: 1, changed: 3, paired: 412 }))).toBe(
      'All 412 cues match but 3 are off by 1 ms',
    );
  });

  it('says a drift with both offsets', () => {
    expect(verdictSentence(v({ kind: 'timing_drift', firstOffsetMs: 0, lastOffsetMs: 1200, paired: 380 }))).toBe(
      'Timing drifts from 0 ms to +1,200 ms late across 380 cues',
    );
    expect(verdictSentence(v({ kind: 'timing_drift', firstOffsetMs: -2, lastOffsetMs: -90, paired: 3 }))).toBe(
      'Timing drifts from -2 ms to -90 ms early across 3 cues',
    );
  });

  it('counts changes out of the expected cues', () => {
    expect(verdictSentence(v({ kind: 'text_changed', changed: 3 }))).toBe('Text changed in 3 of 412 cues');
    expect(verdictSentence(v({ kind: 'encoding_only', changed: 2, example: null }))).toBe(
      'Only the encoding of non-ASCII characters differs, in 2 of 412 cues',
    );
    expect(verdictSentence(v({ kind: 'timing_changed', changed: 1, paired: 412, minDeltaMs: -40, maxDeltaMs: 0 }))).toBe(
      'Timing differs in 1 of 412 cues (-40 ms to 0 ms)',
    );
  });

  it('says structural changes briefly', () => {
    expect(verdictSentence(v({ kind: 'cues_missing', missing: 2 }))).toBe('2 cues missing');
    expect(verdictSentence(v({ kind: 'extra_cues', extra: 3 }))).toBe('3 extra cues');
    expect(verdictSentence(v({ kind: 'extra_cues', extra: 1 }, { expectedCues: 0 }))).toBe('1 extra cue: the expected file has no cues');
    expect(verdictSentence(v({ kind: 'cues_split', split: 3, into: 7 }))).toBe('3 cues split into 7');
    expect(verdictSentence(v({ kind: 'cues_merged', merged: 4, into: 2 }))).toBe('4 cues merged into 2');
  });

  it('appends unreadable blocks to any verdict', () => {
    expect(verdictSentence(v({ kind: 'cues_missing', missing: 2 }, { badBlocks: { expected: 0, actual: 3 } }))).toBe(
      '2 cues missing; 3 blocks of the actual file could not be parsed',
    );
    expect(verdictSentence(v({ kind: 'identical', outside: false }, { badBlocks: { expected: 1, actual: 1 } }))).toBe(
      'All 412 cues match; 1 block of the expected file and 1 of the actual file could not be parsed',
    );
    expect(verdictSentence(v({ kind: 'identical', outside: false }, { badBlocks: { expected: 2, actual: 0 } }))).toBe(
      'All 412 cues match; 2 blocks of the expected file could not be parsed',
    );
  });

  it('lists the parts of a mixed verdict', () => {
    const mixed = v({
      kind: 'mixed',
      parts: [
        { kind: 'timing_drift', firstOffsetMs: 0, lastOffsetMs: 50, paired: 400 },
        { kind: 'extra_cues', extra: 1 },
      ],
    });
    expect(verdictSentence(mixed)).toBe('Mixed differences: timing drifts from 0 ms to +50 ms late across 400 cues, 1 extra cue');
  });

  it('handles files without cues', () => {
    expect(verdictSentence(v({ kind: 'identical', outside: false }, { expectedCues: 0, actualCues: 0 }))).toBe('Neither file has any cues');
  });
});

describe('verdictLabel', () => {
  it('gives short labels that group failures', () => {
    expect(verdictLabel(v({ kind: 'timing_shift', offsetMs: 33, jitterMs: 0, changed: 1, paired: 1 }))).toBe('timing shift +33 ms');
    expect(verdictLabel(v({ kind: 'timing_shift', offsetMs: -40, jitterMs: 0, changed: 1, paired: 1 }))).toBe('timing shift -40 ms');
    expect(verdictLabel(v({ kind: 'timing_drift', firstOffsetMs: 0, lastOffsetMs: 1200, paired: 1 }))).toBe(
      'timing drift 0 ms → +1,200 ms',
    );
    expect(verdictLabel(v({ kind: 'timing_shift', offsetMs: 0, jitterMs: 1, changed: 1, paired: 1 }))).toBe('timing off by 1 ms');
    expect(verdictLabel(v({ kind: 'text_changed', changed: 3 }))).toBe('text changed');
    expect(verdictLabel(v({ kind: 'extra_cues', extra: 3 }))).toBe('extra cues');
    expect(verdictLabel(v({ kind: 'formatting_only', changed: 3 }))).toBe('formatting only');
    expect(verdictLabel(v({ kind: 'mixed', parts: [] }))).toBe('mixed');
  });
});

import { describe, expect, it } from 'vitest';
import type { CaptionSummary } from './caption-summary';
import { tallySentence, tallyVerdicts } from './tally';

const v = (label: string): CaptionSummary => ({
  label,
  sentence: label,
  verdict: { kind: 'identical', outside: false, expectedCues: 1, actualCues: 1, badBlocks: { expected: 0, actual: 0 } },
});

describe('tallyVerdicts', () => {
  it('groups known verdicts by label, most first, and counts the unknown', () => {
    const tally = tallyVerdicts([v('text changed'), v('timing shift +33 ms'), undefined, v('timing shift +33 ms'), null]);
    expect(tally).toEqual({
      total: 5,
      unknown: 1,
      groups: [
        { label: 'timing shift +33 ms', count: 2 },
        { label: 'not classified', count: 1 },
        { label: 'text changed', count: 1 },
      ],
    });
    expect(tallySentence(tally)).toBe(
      '5 failing caption outputs: 2 timing shift +33 ms, 1 not classified, 1 text changed (1 not looked at yet)',
    );
  });

  it('says when nothing is known yet', () => {
    expect(tallySentence(tallyVerdicts([undefined]))).toBe('1 failing caption output: their kinds show as you scroll to them');
    expect(tallySentence(tallyVerdicts([v('mixed')]))).toBe('1 failing caption output: 1 mixed');
  });
});

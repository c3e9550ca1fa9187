import { describe, expect, it } from 'vitest';
import { pairRow } from './aligned-row';
import { pushCue, type Cue } from './cue';

const cue = (start: number, end: number, text: string): Cue => pushCue([], { start, end, text, line: 1 });

describe('pairRow', () => {
  it('is same when time and text match', () => {
    expect(pairRow(cue(0, 1000, 'Hi'), cue(0, 1000, 'Hi'))).toMatchObject({ kind: 'same', startDeltaMs: 0, endDeltaMs: 0 });
    expect(pairRow(cue(0, 1000, 'Hi'), cue(0, 1000, 'Hi'))).not.toHaveProperty('textChange');
  });

  it('gives timing deltas as actual minus expected', () => {
    expect(pairRow(cue(1000, 2000, 'Hi'), cue(967, 2010, 'Hi'))).toMatchObject({ kind: 'timing', startDeltaMs: -33, endDeltaMs: 10 });
  });

  it('marks text and both, with the kind of text change', () => {
    expect(pairRow(cue(0, 1000, 'Hi'), cue(0, 1000, 'Ho'))).toMatchObject({ kind: 'text', textChange: 'words' });
    expect(pairRow(cue(0, 1000, 'Hi'), cue(5, 1000, '<i>Hi</i>'))).toMatchObject({
      kind: 'both',
      textChange: 'formatting',
      startDeltaMs: 5,
    });
  });
});

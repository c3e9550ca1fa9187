import { describe, expect, it } from 'vitest';
import type { BadBlock, Cue } from './cue';
import { readCueBlock } from './cue-blocks';
import { splitBlocks } from './split-blocks';

function read(text: string): { cues: Cue[]; bad: BadBlock[] } {
  const cues: Cue[] = [];
  const bad: BadBlock[] = [];
  for (const block of splitBlocks(text.split('\n'))) readCueBlock(block, cues, bad);
  return { cues, bad };
}

describe('readCueBlock', () => {
  it('reads id, timing and multi-line text', () => {
    const { cues, bad } = read('12\n00:00:01,000 --> 00:00:02,000\nline one\nline two');
    expect(bad).toEqual([]);
    expect(cues).toEqual([{ index: 1, id: '12', start: 1000, end: 2000, text: 'line one\nline two', plain: 'line one line two', line: 1 }]);
  });

  it('splits cues that lack the blank line between them', () => {
    const { cues } = read('1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n00:00:05,000 --> 00:00:06,000\nC');
    expect(cues.map((c) => [c.id, c.text, c.line])).toEqual([
      ['1', 'A', 1],
      ['2', 'B', 4],
      [undefined, 'C', 7],
    ]);
  });

  it('reports a block without a timing line and one with an unreadable time', () => {
    const { cues, bad } = read('3\nno timing here\n\n4\n00:00:0x,000 --> 00:00:02,000\nlost\n\n00:00:03,000 --> 00:00:04,000\nkept');
    expect(bad).toEqual([
      { line: 1, reason: 'text without a timing line' },
      { line: 4, reason: 'unreadable time in "00:00:0x,000 --> 00:00:02,000"' },
    ]);
    expect(cues.map((c) => c.text)).toEqual(['kept']);
  });

  it('reports stray lines before the identifier but keeps the cue', () => {
    const { cues, bad } = read('junk\n5\n00:00:01,000 --> 00:00:02,000\nok');
    expect(bad).toEqual([{ line: 1, reason: 'text without a timing line' }]);
    expect(cues[0]).toMatchObject({ id: '5', text: 'ok', line: 2 });
  });
});

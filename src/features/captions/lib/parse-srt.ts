// SubRip as CCExtractor and the tools it is compared with write it: numbers,
// `00:00:02,290 --> 00:00:04,589` (or with "."), text with <font>/<i> tags.
// Tolerant by design: a broken block is listed in badBlocks and skipped.
import type { BadBlock, Cue, ParseResult } from './cue';
import { readCueBlock } from './cue-blocks';
import { splitBlocks } from './split-blocks';
import { splitLines } from './split-lines';

export function parseSrt(text: string): ParseResult {
  const cues: Cue[] = [];
  const badBlocks: BadBlock[] = [];
  for (const block of splitBlocks(splitLines(text))) readCueBlock(block, cues, badBlocks);
  return { format: 'srt', cues, badBlocks };
}

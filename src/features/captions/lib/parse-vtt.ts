// WebVTT: a WEBVTT header, optional cue identifiers, cue settings after the
// end time, and NOTE/STYLE/REGION blocks that carry no captions. Cue text keeps
// its <c.class>, <v Speaker> and <i> tags; the plain text drops them.
import type { BadBlock, Cue, ParseResult } from './cue';
import { readCueBlock } from './cue-blocks';
import { splitBlocks, type Block } from './split-blocks';
import { splitLines } from './split-lines';
import { isTimingLine } from './timing-line';

const HEADER = /^WEBVTT(?:[ \t]|$)/;
const NON_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** The header block may run into the first cue when the blank line is missing. */
function cuePartOfHeader(block: Block): Block {
  const timing = block.findIndex((l) => isTimingLine(l.text));
  if (timing < 0) return [];
  return block.slice(Math.max(timing - 1, 1));
}

export function parseVtt(text: string): ParseResult {
  const cues: Cue[] = [];
  const badBlocks: BadBlock[] = [];
  const blocks = splitBlocks(splitLines(text));
  blocks.forEach((block, i) => {
    const first = block[0]?.text ?? '';
    if (i === 0) {
      if (HEADER.test(first)) {
        const rest = cuePartOfHeader(block);
        if (rest.length > 0) readCueBlock(rest, cues, badBlocks);
        return;
      }
      badBlocks.push({ line: block[0]?.line ?? 1, reason: 'missing WEBVTT header' });
    }
    if (NON_CUE.test(first)) return;
    readCueBlock(block, cues, badBlocks);
  });
  return { format: 'vtt', cues, badBlocks };
}

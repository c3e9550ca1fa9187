// SubRip and WebVTT are blank-line separated blocks; each line keeps its
// 1-based number so cues and unreadable blocks can link back to the file.
import { isBlank } from './split-lines';

export interface NumberedLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export type Block = NumberedLine[];

export function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  lines.forEach((text, i) => {
    if (isBlank(text)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ text, line: i + 1 });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

// Turns one blank-line block of SubRip or WebVTT into cues. Extractors under
// test forget blank lines and numbers, so a block may hold several cues: every
// arrow line starts a new cue, and a bare number just before it is that cue's id.
import { pushCue, type BadBlock, type Cue } from './cue';
import type { Block } from './split-blocks';
import { isTimingLine, parseTimingLine } from './timing-line';

const NUMBER_LINE = /^\s*\d+\s*$/;

export function readCueBlock(block: Block, cues: Cue[], badBlocks: BadBlock[]): void {
  const timings: number[] = [];
  block.forEach((l, i) => {
    if (isTimingLine(l.text)) timings.push(i);
  });
  const first = timings[0];
  if (first === undefined) {
    badBlocks.push({ line: block[0]?.line ?? 0, reason: 'text without a timing line' });
    return;
  }
  // One line before the first timing line is its identifier; more is stray text.
  if (first >= 2) badBlocks.push({ line: block[0]?.line ?? 0, reason: 'text without a timing line' });
  let idAt: number | null = first >= 1 ? first - 1 : null;

  timings.forEach((t, k) => {
    const next = timings[k + 1];
    let textEnd = next ?? block.length;
    let nextIdAt: number | null = null;
    if (next !== undefined && next - 1 > t && NUMBER_LINE.test(block[next - 1]?.text ?? '')) {
      nextIdAt = next - 1;
      textEnd = next - 1;
    }
    const startLine = block[idAt ?? t]?.line ?? 0;
    const timing = parseTimingLine(block[t]?.text ?? '');
    if (timing.ok) {
      pushCue(cues, {
        start: timing.start,
        end: timing.end,
        text: block
          .slice(t + 1, textEnd)
          .map((l) => l.text)
          .join('\n'),
        line: startLine,
        id: idAt === null ? null : (block[idAt]?.text.trim() ?? null),
        meta: timing.settings,
      });
    } else {
      badBlocks.push({ line: startLine, reason: timing.reason });
    }
    idAt = nextIdAt;
  });
}

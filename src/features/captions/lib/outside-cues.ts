// When every cue matches, the files can still differ: CRLF, a BOM, blank or
// padded lines (whitespace), or numbering, headers and notes (something else).
import type { OutsideCues } from './classify';
import { splitLines } from './split-lines';

function skeleton(text: string): string {
  return splitLines(text)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

export function outsideCues(expectedText: string, actualText: string): OutsideCues {
  if (expectedText === actualText) return 'none';
  return skeleton(expectedText) === skeleton(actualText) ? 'whitespace' : 'other';
}

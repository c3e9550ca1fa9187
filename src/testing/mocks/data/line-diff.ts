// Lines of a fixture file, diffed with the viewer's own bounded patience diff (src/lib/line-diff.ts), which is
// fast enough for the 40,000-line fixtures.
import { diffLineKeys, type Matches } from '../../../lib/line-diff';

export type Line = {
  /** Without the trailing "\n"; a "\r" before it stays. */
  text: string;
  /** Whether the line ended with "\n" (the last line of a file may not). */
  eol: boolean;
};

export function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const endsWithNewline = parts[parts.length - 1] === '';
  if (endsWithNewline) parts.pop();
  return parts.map((part, index) => ({ text: part, eol: endsWithNewline || index < parts.length - 1 }));
}

export type { Matches };

export function diffLines(expected: readonly Line[], actual: readonly Line[]): Matches {
  return diffLineKeys(expected.map(key), actual.map(key));
}

function key(line: Line): string {
  return line.eol ? line.text + '\n' : line.text;
}

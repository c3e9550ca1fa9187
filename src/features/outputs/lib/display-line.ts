// The text the diff viewer is given for one line: invisible characters become
// visible stand-ins (lib/visible-whitespace) before diffing, so word-level
// highlighting marks a trailing space or a CR like any other change, and a
// missing final newline gets a marker so "</tt>" vs "</tt>\n" is not shown as
// two identical lines. markerRuns finds the stand-ins again to style them.
import { invisibleKind } from '@/lib/invisible-chars';
import { visibleWhitespace, type InvisibleMarker } from './visible-whitespace';

export const NO_FINAL_NEWLINE = '⊘';

export interface DisplayOptions {
  /** Show a trailing CR: only when the files' line endings differ, or every CRLF line would carry noise. */
  showCr: boolean;
  /** This is the last line of a file that does not end with a newline. */
  noFinalNewline?: boolean;
}

export function displayLine(text: string, { showCr, noFinalNewline = false }: DisplayOptions): string {
  const body = !showCr && text.endsWith('\r') ? text.slice(0, -1) : text;
  let out = '';
  for (const segment of visibleWhitespace(body)) out += segment.text;
  return noFinalNewline ? out + NO_FINAL_NEWLINE : out;
}

export type MarkerKind = InvisibleMarker | 'no-newline';

export type MarkedRun = { text: string; marker?: MarkerKind };

// Tabs anywhere, code-point labels anywhere; dots, CR and the no-newline mark only at the end.
const MARKERS = /(→+)|(<U\+[0-9A-F]{4,6}>)|(·+)(?=↵?⊘?$)|(↵)(?=⊘?$)|(⊘)$/g;

/** Splits a displayLine string into plain text and marker runs. */
export function markerRuns(display: string): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let last = 0;
  for (const match of display.matchAll(MARKERS)) {
    const start = match.index;
    if (start > last) runs.push({ text: display.slice(last, start) });
    runs.push({ text: match[0], marker: markerOf(match) });
    last = start + match[0].length;
  }
  if (last < display.length) runs.push({ text: display.slice(last) });
  return runs;
}

function markerOf(match: RegExpMatchArray): MarkerKind {
  if (match[1]) return 'tab';
  if (match[2]) return invisibleKind(Number.parseInt(match[2].slice(3, -1), 16)) ?? 'control';
  if (match[3]) return 'trailing-space';
  if (match[4]) return 'cr';
  return 'no-newline';
}

export const MARKER_NAMES: Record<MarkerKind, string> = {
  tab: 'tab',
  'trailing-space': 'trailing whitespace',
  cr: 'carriage return (CRLF line ending)',
  'no-newline': 'no newline at end of file',
  control: 'control character',
  bidi: 'bidirectional control character (can reorder how text is displayed)',
  'zero-width': 'zero-width character',
};

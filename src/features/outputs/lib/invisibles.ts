// Differences a reader cannot see: line endings, the final newline, trailing
// whitespace, tabs versus spaces and hidden characters. The notes explain why
// two outputs that look identical still fail the comparison.
import { formatNumber, plural } from '@/lib/format-count';
import { countInvisibleChars } from '@/lib/invisible-chars';
import { splitLines } from '@/lib/text-lines';

export { visibleWhitespace, type InvisibleMarker, type VisibleSegment } from './visible-whitespace';

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface InvisiblesSummary {
  lineEnding: LineEnding;
  finalNewline: boolean;
  trailingWhitespaceLines: number;
  tabLines: number;
}

const TRAILING_WHITESPACE = /[ \t]+$/;

/** One pass of indexOf per kind of break, no match objects: this runs on the main thread for 1 MiB files. */
export function detectLineEnding(text: string): LineEnding {
  const crlf = occurrences(text, '\r\n');
  const kinds = [crlf > 0, occurrences(text, '\n') > crlf, occurrences(text, '\r') > crlf];
  const seen = kinds.filter(Boolean).length;
  if (seen > 1) return 'mixed';
  return kinds[0] ? 'crlf' : kinds[1] ? 'lf' : kinds[2] ? 'cr' : 'none';
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count += 1;
  return count;
}

export function describeInvisibles(text: string): InvisiblesSummary {
  const lines = splitLines(text);
  return {
    lineEnding: detectLineEnding(text),
    finalNewline: text.endsWith('\n') || text.endsWith('\r'),
    trailingWhitespaceLines: lines.filter((line) => TRAILING_WHITESPACE.test(line)).length,
    tabLines: lines.filter((line) => line.includes('\t')).length,
  };
}

const ENDING_NAMES: Record<Exclude<LineEnding, 'none'>, string> = { lf: 'LF', crlf: 'CRLF', cr: 'CR', mixed: 'mixed' };

/**
 * Actual lines that are not in expected but would be after normalising: lines
 * are matched by content rather than position, so an inserted line elsewhere
 * does not shift every comparison after it.
 */
function countNearMatches(
  expected: string[],
  actual: string[],
  normalise: (line: string) => string,
  skip: (line: string) => boolean,
): number {
  const exact = new Set(expected);
  const normalised = new Set(expected.map(normalise));
  return actual.filter((line) => !exact.has(line) && !skip(line) && normalised.has(normalise(line))).length;
}

export function compareInvisibles(expected: string, actual: string): string[] {
  const notes: string[] = [];
  const e = describeInvisibles(expected);
  const a = describeInvisibles(actual);

  // A single unterminated line has no line ending to compare; the final-newline note covers it.
  if (e.lineEnding !== a.lineEnding && e.lineEnding !== 'none' && a.lineEnding !== 'none') {
    notes.push(`Expected uses ${ENDING_NAMES[e.lineEnding]} line endings, actual uses ${ENDING_NAMES[a.lineEnding]}`);
  }
  if (expected !== '' && actual !== '' && e.finalNewline !== a.finalNewline) {
    notes.push(e.finalNewline ? 'Actual has no final newline' : 'Expected has no final newline');
  }

  const expectedLines = splitLines(expected);
  const actualLines = splitLines(actual);
  const trimEnd = (line: string) => line.replace(TRAILING_WHITESPACE, '');
  const trailing = countNearMatches(expectedLines, actualLines, trimEnd, () => false);
  if (trailing > 0) notes.push(`${plural(trailing, 'line differs', 'lines differ')} only in trailing whitespace`);

  const expectedTrimmed = new Set(expectedLines.map(trimEnd));
  const collapse = (line: string) => trimEnd(line).replace(/[ \t]+/g, ' ');
  const spacing = countNearMatches(expectedLines, actualLines, collapse, (line) => expectedTrimmed.has(trimEnd(line)));
  if (spacing > 0) notes.push(`${plural(spacing, 'line differs', 'lines differ')} only in tabs or spaces`);

  const hiddenExpected = countInvisibleChars(expected);
  const hiddenActual = countInvisibleChars(actual);
  if (hiddenExpected !== hiddenActual) {
    const actualCount = hiddenActual === 0 ? 'no invisible characters' : plural(hiddenActual, 'invisible character');
    const expectedCount = hiddenExpected === 0 ? 'none' : formatNumber(hiddenExpected);
    notes.push(`Actual has ${actualCount} (control, zero-width or bidi), expected has ${expectedCount}`);
  }
  return notes;
}

/** What a worker job (invisible-notes-client.ts) asks for. */
export type InvisibleNotesRequest = { expected: string; actual: string };

export function invisibleNotesOf(request: InvisibleNotesRequest): string[] {
  return compareInvisibles(request.expected, request.actual);
}

// The whole caption-aware diff as a pure function of two strings, so it can run
// in a Web Worker: detect, parse, align, classify, and say it in words.
import { alignCues, type AlignedRow } from './align-cues';
import { classify, notCaptions, type Verdict } from './classify';
import type { ParseResult } from './cue';
import { detectFormat } from './detect-format';
import { outsideCues } from './outside-cues';
import { parseCaptions } from './parse-captions';
import { verdictLabel, verdictSentence } from './verdict-text';

export interface CaptionDiff {
  verdict: Verdict;
  sentence: string;
  label: string;
  rows: AlignedRow[];
  /** Null when the verdict is not_captions: show the line diff instead. */
  expected: ParseResult | null;
  actual: ParseResult | null;
}

function withWords(verdict: Verdict, rows: AlignedRow[], expected: ParseResult | null, actual: ParseResult | null): CaptionDiff {
  return { verdict, sentence: verdictSentence(verdict), label: verdictLabel(verdict), rows, expected, actual };
}

/**
 * @param filename the expected output's name (or just its extension, ".srt");
 *   it only decides the format of files too empty to sniff.
 */
export function captionDiff(expectedText: string, actualText: string, filename: string): CaptionDiff {
  const actualFormat = detectFormat(actualText, filename);
  // An empty expected file still counts as captions when the actual one is.
  const expectedFormat = detectFormat(expectedText, filename) ?? (expectedText.trim() === '' ? actualFormat : null);
  if (expectedFormat === null) return withWords(notCaptions('expected'), [], null, null);
  if (actualFormat === null && actualText.trim() !== '') return withWords(notCaptions('actual'), [], null, null);

  const expected = parseCaptions(expectedText, expectedFormat);
  // Each side is read in its own format, so SubRip against WebVTT still compares cue by cue.
  const actual = parseCaptions(actualText, actualFormat ?? expectedFormat);
  const rows = alignCues(expected.cues, actual.cues);
  // Only matching cues make the rest of the file worth comparing; skip the work otherwise.
  const outside = rows.every((r) => r.kind === 'same') ? outsideCues(expectedText, actualText) : 'none';
  const verdict = classify(rows, expected, actual, outside);
  return withWords(verdict, rows, expected, actual);
}

// The server caps a structured diff (500 hunks, 500 lines a hunk, 1,000
// characters a line) without saying so. Showing a capped diff as if it were
// whole would hide failures, so detect every cap and say which one bit.
import { formatNumber } from '@/lib/format-count';
import type { Diff } from '@/api/types';

export const DIFF_CAPS = { hunks: 500, linesPerHunk: 500, charsPerLine: 1000 } as const;

export interface DiffCompleteness {
  complete: boolean;
  reasons: string[];
  shownAdded: number;
  shownRemoved: number;
}

/** The server counts characters as code points; cheap length check first. */
function isCutLine(text: string): boolean {
  return text.length >= DIFF_CAPS.charsPerLine && Array.from(text).length >= DIFF_CAPS.charsPerLine;
}

export function diffCompleteness(diff: Diff): DiffCompleteness {
  let shownAdded = 0;
  let shownRemoved = 0;
  let fullHunks = 0;
  let cutLines = false;
  for (const hunk of diff.hunks) {
    if (hunk.lines.length >= DIFF_CAPS.linesPerHunk) fullHunks += 1;
    for (const line of hunk.lines) {
      if (line.kind === 'added') shownAdded += 1;
      else if (line.kind === 'removed') shownRemoved += 1;
      if (!cutLines && isCutLine(line.text)) cutLines = true;
    }
  }

  const { added_lines, removed_lines, changed_hunks } = diff.summary;
  const reasons: string[] = [];
  if (diff.hunks.length < changed_hunks) {
    reasons.push(`The server showed ${formatNumber(diff.hunks.length)} of ${formatNumber(changed_hunks)} hunks`);
  }
  const shown = shownAdded + shownRemoved;
  const total = added_lines + removed_lines;
  if (shown < total) reasons.push(`The server showed ${formatNumber(shown)} of ${formatNumber(total)} changed lines`);
  if (fullHunks > 0) {
    const which = fullHunks === 1 ? 'A hunk stops' : `${formatNumber(fullHunks)} hunks stop`;
    reasons.push(`${which} at ${formatNumber(DIFF_CAPS.linesPerHunk)} lines, the server's limit`);
  }
  if (cutLines) reasons.push(`Some lines are cut at ${formatNumber(DIFF_CAPS.charsPerLine)} characters`);
  return { complete: reasons.length === 0, reasons, shownAdded, shownRemoved };
}

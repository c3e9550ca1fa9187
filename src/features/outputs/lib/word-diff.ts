// Word-level highlights of a changed row: the words of each side the other side lacks. Computed on the text the
// row shows (invisible characters already made visible, lib/display-line.ts), so a trailing space or a CR is
// marked like any other change, with jsdiff's word diff (what react-diff-viewer-continued used for the same).
import { diffWords } from 'diff';

/** Longer lines show whole: word diffs grow superlinearly with length (react-diff-viewer-continued's bound too). */
export const MAX_WORD_DIFF_CHARS = 500;

/** A run of one side's text; `changed` when the other side lacks it. */
export type WordPart = { text: string; changed: boolean };

export type WordParts = { left: WordPart[]; right: WordPart[] };

/** Both sides of a changed row cut into word parts; null when there is nothing to mark or the lines are too long. */
export function wordParts(left: string, right: string): WordParts | null {
  if (left === right || left.length > MAX_WORD_DIFF_CHARS || right.length > MAX_WORD_DIFF_CHARS) return null;
  const parts: WordParts = { left: [], right: [] };
  for (const change of diffWords(left, right)) {
    if (change.removed) parts.left.push({ text: change.value, changed: true });
    else if (change.added) parts.right.push({ text: change.value, changed: true });
    else {
      parts.left.push({ text: change.value, changed: false });
      parts.right.push({ text: change.value, changed: false });
    }
  }
  return parts;
}

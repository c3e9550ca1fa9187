// "Hide whitespace changes" (`?w=1`, as on GitHub): a removed line and its added counterpart that differ only in
// trailing spaces, tabs or a CR at the end become one unchanged line, so a CRLF-only or whitespace-only failure is
// told apart from a real one at a glance.
import type { Schemas } from '@/lib/api-client';
import type { Diff, DiffHunk } from '@/api/types';

type DiffLine = Schemas['DiffLine'];

/** A line without what "Hide whitespace changes" ignores: spaces, tabs and CRs at its end. */
export const withoutTrailingWhitespace = (text: string) => text.replace(/[ \t\r]+$/, '');

/** Pairs the removed and added lines of one change in order; pairs equal but for trailing whitespace are unchanged. */
function foldChange(removed: DiffLine[], added: DiffLine[]): { lines: DiffLine[]; folded: number } {
  const lines: DiffLine[] = [];
  let pendingRemoved: DiffLine[] = [];
  let pendingAdded: DiffLine[] = [];
  let folded = 0;
  const flush = () => {
    lines.push(...pendingRemoved, ...pendingAdded);
    pendingRemoved = [];
    pendingAdded = [];
  };
  for (let i = 0; i < Math.max(removed.length, added.length); i += 1) {
    const r = removed[i];
    const a = added[i];
    const text = r && a ? withoutTrailingWhitespace(r.text) : null;
    if (r && a && text === withoutTrailingWhitespace(a.text)) {
      flush();
      lines.push({ kind: 'context', text, expected_line: r.expected_line, actual_line: a.actual_line });
      folded += 1;
    } else {
      if (r) pendingRemoved.push(r);
      if (a) pendingAdded.push(a);
    }
  }
  flush();
  return { lines, folded };
}

function foldHunk(hunk: DiffHunk): { hunk: DiffHunk; folded: number } {
  const lines: DiffLine[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  let folded = 0;
  const endChange = () => {
    const change = foldChange(removed, added);
    lines.push(...change.lines);
    folded += change.folded;
    removed = [];
    added = [];
  };
  for (const line of hunk.lines) {
    if (line.kind === 'removed') removed.push(line);
    else if (line.kind === 'added') added.push(line);
    else {
      endChange();
      lines.push(line);
    }
  }
  endChange();
  return { hunk: { ...hunk, lines }, folded };
}

export type WhitespaceFold = {
  /** The diff with whitespace-only line changes made unchanged, and hunks left with no change dropped. */
  diff: Diff;
  /** How many line pairs differed only in trailing whitespace or line endings. */
  folded: number;
  /** Every change of the diff is a whitespace-only one. */
  whitespaceOnly: boolean;
};

export function ignoreTrailingWhitespace(diff: Diff): WhitespaceFold {
  let folded = 0;
  const hunks: DiffHunk[] = [];
  let added = 0;
  let removed = 0;
  for (const original of diff.hunks) {
    const result = foldHunk(original);
    folded += result.folded;
    const changes = result.hunk.lines.filter((line) => line.kind !== 'context');
    if (changes.length === 0) continue;
    hunks.push(result.hunk);
    added += changes.filter((line) => line.kind === 'added').length;
    removed += changes.filter((line) => line.kind === 'removed').length;
  }
  return {
    diff: { ...diff, hunks, summary: { added_lines: added, removed_lines: removed, changed_hunks: hunks.length } },
    folded,
    whitespaceOnly: diff.hunks.length > 0 && hunks.length === 0,
  };
}

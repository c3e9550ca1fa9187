// Turns matched lines into the API's hunks, with the real server's silent caps (500 hunks, 500 lines per hunk,
// 1,000 characters per line) applied to what is returned while the summary keeps the true counts.
import type { DiffHunk, DiffLine } from './api-types';
import type { Line, Matches } from './line-diff';

export const MAX_HUNKS = 500;
export const MAX_LINES_PER_HUNK = 500;
export const MAX_LINE_CHARS = 1_000;
export const MAX_UNIFIED_CHARS = 524_288;

type Change = { aStart: number; aEnd: number; bStart: number; bEnd: number };

export type HunkSet = {
  summary: { added_lines: number; removed_lines: number; changed_hunks: number };
  /** Capped as the server caps them. */
  hunks: DiffHunk[];
  /** Per returned line: whether it ended without a newline (for unified "\ No newline at end of file"). */
  noEol: Set<DiffLine>;
};

function changesOf(matches: Matches, n: number, m: number): Change[] {
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p <= matches.a.length; p++) {
    const mi = p < matches.a.length ? (matches.a[p] as number) : n;
    const mj = p < matches.b.length ? (matches.b[p] as number) : m;
    if (mi > i || mj > j) changes.push({ aStart: i, aEnd: mi, bStart: j, bEnd: mj });
    i = mi + 1;
    j = mj + 1;
  }
  return changes;
}

function capText(text: string): string {
  if (text.length <= MAX_LINE_CHARS) return text;
  const cut = text.slice(0, MAX_LINE_CHARS);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut; // never split a surrogate pair
}

export function buildHunks(expected: readonly Line[], actual: readonly Line[], matches: Matches, context: number): HunkSet {
  const changes = changesOf(matches, expected.length, actual.length);
  let added = 0;
  let removed = 0;
  for (const c of changes) {
    removed += c.aEnd - c.aStart;
    added += c.bEnd - c.bStart;
  }

  // Group changes whose unchanged gap is at most 2 × context lines into one hunk.
  const groups: Change[][] = [];
  for (const change of changes) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && change.aStart - last.aEnd <= 2 * context) group.push(change);
    else groups.push([change]);
  }

  const noEol = new Set<DiffLine>();
  const hunks: DiffHunk[] = [];
  for (const group of groups.slice(0, MAX_HUNKS)) {
    const first = group[0] as Change;
    const lines: DiffLine[] = [];
    const push = (kind: DiffLine['kind'], line: Line, ai: number | null, bj: number | null) => {
      if (lines.length >= MAX_LINES_PER_HUNK) return;
      const entry: DiffLine = {
        kind,
        text: capText(line.text),
        expected_line: ai === null ? null : ai + 1,
        actual_line: bj === null ? null : bj + 1,
      };
      if (!line.eol) noEol.add(entry);
      lines.push(entry);
    };
    const pushContext = (aFrom: number, aTo: number, delta: number) => {
      for (let ai = aFrom; ai < aTo && lines.length < MAX_LINES_PER_HUNK; ai++) push('context', expected[ai] as Line, ai, ai + delta);
    };

    const lead = Math.max(0, first.aStart - context);
    pushContext(lead, first.aStart, first.bStart - first.aStart);
    group.forEach((change, index) => {
      for (let ai = change.aStart; ai < change.aEnd && lines.length < MAX_LINES_PER_HUNK; ai++)
        push('removed', expected[ai] as Line, ai, null);
      for (let bj = change.bStart; bj < change.bEnd && lines.length < MAX_LINES_PER_HUNK; bj++) push('added', actual[bj] as Line, null, bj);
      const next = group[index + 1];
      pushContext(change.aEnd, next ? next.aStart : Math.min(expected.length, change.aEnd + context), change.bEnd - change.aEnd);
    });

    // Starts and lengths come from the whole hunk, before its lines are capped. A side with no lines starts at the
    // line before, as in unified diffs.
    const last = group[group.length - 1] as Change;
    const aEnd = Math.min(expected.length, last.aEnd + context);
    const bLead = lead + first.bStart - first.aStart;
    const bEnd = aEnd + last.bEnd - last.aEnd;
    hunks.push({
      expected_start: aEnd > lead ? lead + 1 : lead,
      actual_start: bEnd > bLead ? bLead + 1 : bLead,
      lines,
    });
  }

  return { summary: { added_lines: added, removed_lines: removed, changed_hunks: groups.length }, hunks, noEol };
}

/** A unified diff of the (capped) hunks, cut at the schema's 524,288 characters on a line boundary. */
export function unifiedText(set: HunkSet, fromName: string, toName: string): string {
  const header = `--- ${fromName}\n+++ ${toName}\n`;
  const parts: string[] = [header];
  let length = header.length;
  const add = (piece: string) => {
    if (length + piece.length > MAX_UNIFIED_CHARS) return false;
    parts.push(piece);
    length += piece.length;
    return true;
  };
  for (const hunk of set.hunks) {
    const aCount = hunk.lines.filter((line) => line.kind !== 'added').length;
    const bCount = hunk.lines.filter((line) => line.kind !== 'removed').length;
    if (!add(`@@ -${hunk.expected_start},${aCount} +${hunk.actual_start},${bCount} @@\n`)) break;
    for (const line of hunk.lines) {
      const sign = line.kind === 'context' ? ' ' : line.kind === 'added' ? '+' : '-';
      const marker = set.noEol.has(line) ? '\n\\ No newline at end of file\n' : '\n';
      if (!add(sign + line.text + marker)) return parts.join('');
    }
  }
  return parts.join('');
}

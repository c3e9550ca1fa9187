// "Compute full diff": when the server's diff is capped, the viewer diffs the
// two files itself. Myers' cost grows with the number of differing lines, so
// the work is bounded by a timeout and the caller falls back to a side-by-side
// view when it gives up. One pure async function, so it can move into a Web
// Worker unchanged.
import { diffArrays } from 'diff';
import type { components } from '@/api/schema';
import { splitFileLines } from './file-lines';

type Diff = components['schemas']['Diff'];
type DiffHunk = components['schemas']['DiffHunk'];
type DiffLine = components['schemas']['DiffLine'];

export type FullDiffResult = { kind: 'diff'; diff: Diff; elapsedMs: number } | { kind: 'gave-up'; elapsedMs: number };

export interface FullDiffOptions {
  ids: Pick<Diff, 'run_id' | 'sample_id' | 'regression_id' | 'output_id'>;
  context?: number;
  timeoutMs?: number;
}

/** Line keys that tell "x\n" from a final "x" without newline, as the server's diff does. */
function lineKeys(text: string): { lines: string[]; keys: string[] } {
  const lines = splitFileLines(text);
  const last = text.endsWith('\n') ? -1 : lines.length - 1;
  return { lines, keys: lines.map((line, i) => (i === last ? line : `${line}\n`)) };
}

type Op = { kind: DiffLine['kind']; e: number | null; a: number | null };

export async function computeFullDiff(expected: string, actual: string, options: FullDiffOptions): Promise<FullDiffResult> {
  const { ids, context = 3, timeoutMs = 2000 } = options;
  // Let the "Computing…" state paint before the synchronous work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  const e = lineKeys(expected);
  const a = lineKeys(actual);

  // Equal head and tail cost nothing; Myers runs only on the middle.
  let head = 0;
  while (head < e.keys.length && head < a.keys.length && e.keys[head] === a.keys[head]) head += 1;
  let tail = 0;
  while (tail < e.keys.length - head && tail < a.keys.length - head && e.keys[e.keys.length - 1 - tail] === a.keys[a.keys.length - 1 - tail]) tail += 1;
  const changes = diffArrays(e.keys.slice(head, e.keys.length - tail), a.keys.slice(head, a.keys.length - tail), { timeout: timeoutMs });
  const elapsedMs = Math.round(performance.now() - started);
  if (!changes) return { kind: 'gave-up', elapsedMs };

  const ops: Op[] = [];
  for (let i = 0; i < head; i += 1) ops.push({ kind: 'context', e: i, a: i });
  let ei = head;
  let ai = head;
  for (const change of changes) {
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) ops.push({ kind: 'removed', e: ei++, a: null });
      else if (change.added) ops.push({ kind: 'added', e: null, a: ai++ });
      else ops.push({ kind: 'context', e: ei++, a: ai++ });
    }
  }
  for (let k = 0; k < tail; k += 1) ops.push({ kind: 'context', e: ei++, a: ai++ });

  const added = ops.filter((op) => op.kind === 'added').length;
  const removed = ops.filter((op) => op.kind === 'removed').length;
  const hunks = groupHunks(ops, context, e.lines, a.lines);
  const diff: Diff = {
    ...ids,
    status: hunks.length === 0 ? 'identical' : 'different',
    summary: { added_lines: added, removed_lines: removed, changed_hunks: hunks.length },
    hunks,
  };
  return { kind: 'diff', diff, elapsedMs: Math.round(performance.now() - started) };
}

/** Changes closer than 2 × context lines share a hunk, as in unified diffs. */
function groupHunks(ops: readonly Op[], context: number, expected: string[], actual: string[]): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.kind === 'context') i += 1;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    // Extend while the next change is within 2 × context unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end]?.kind !== 'context') end += 1;
      let next = end;
      while (next < ops.length && ops[next]?.kind === 'context') next += 1;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const lines: DiffLine[] = [];
    for (let k = start; k < stop; k += 1) {
      const op = ops[k];
      if (!op) continue;
      const text = op.e !== null ? (expected[op.e] ?? '') : (actual[op.a ?? 0] ?? '');
      lines.push({ kind: op.kind, text, expected_line: op.e === null ? null : op.e + 1, actual_line: op.a === null ? null : op.a + 1 });
    }
    hunks.push({ expected_start: firstNumber(lines, 'expected_line'), actual_start: firstNumber(lines, 'actual_line'), lines });
    i = stop;
  }
  return hunks;
}

function firstNumber(lines: DiffLine[], key: 'expected_line' | 'actual_line'): number {
  for (const line of lines) {
    const n = line[key];
    if (n !== null) return n;
  }
  return 0;
}

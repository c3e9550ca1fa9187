// "Compute full diff": when the server's diff is capped, the viewer diffs the
// two files itself with the bounded patience diff of src/lib/line-diff.ts. When
// the files share almost nothing a line diff would not help, and the caller
// shows them side by side instead. Synchronous and pure, so it runs unchanged
// in the worker (full-diff.worker.ts) and, where no worker can start, inline.
import type { components } from '@/api/schema';
import { diffLineKeys } from '@/lib/line-diff';
import { splitFileLines } from './file-lines';
import type { Diff, DiffHunk } from '@/api/types';

type DiffLine = components['schemas']['DiffLine'];

export type FullDiffResult =
  | { kind: 'diff'; diff: Diff; elapsedMs: number }
  /** So few lines in common that a diff would be one long replacement. */
  | { kind: 'too-different'; sharedLines: number; elapsedMs: number };

export interface FullDiffOptions {
  ids: Pick<Diff, 'run_id' | 'sample_id' | 'regression_id' | 'output_id'>;
  context?: number;
  onProgress?: (fraction: number) => void;
}

/** Below this share of lines in common, big files are shown side by side rather than diffed. */
export const MIN_SHARED_SHARE = 0.1;
/** Files with fewer changed lines than this are always diffed: a short replacement still reads well. */
const SMALL_CHANGE = 2_000;

/** Line keys that tell "x\n" from a final "x" without newline, as the server's diff does. */
function lineKeys(text: string): { lines: string[]; keys: string[] } {
  const lines = splitFileLines(text);
  const last = text.endsWith('\n') ? -1 : lines.length - 1;
  return { lines, keys: lines.map((line, i) => (i === last ? line : `${line}\n`)) };
}

type Op = { kind: DiffLine['kind']; e: number | null; a: number | null };

export function computeFullDiff(expected: string, actual: string, options: FullDiffOptions): FullDiffResult {
  const { ids, context = 3, onProgress } = options;
  const started = performance.now();
  const e = lineKeys(expected);
  const a = lineKeys(actual);
  const matches = diffLineKeys(e.keys, a.keys, { onProgress });
  const shared = matches.a.length;
  const changed = e.lines.length + a.lines.length - 2 * shared;
  if (changed > SMALL_CHANGE && shared < MIN_SHARED_SHARE * Math.max(e.lines.length, a.lines.length)) {
    return { kind: 'too-different', sharedLines: shared, elapsedMs: Math.round(performance.now() - started) };
  }

  const ops: Op[] = [];
  let ei = 0;
  let ai = 0;
  for (let p = 0; p <= shared; p += 1) {
    const me = matches.a[p] ?? e.lines.length;
    const ma = matches.b[p] ?? a.lines.length;
    while (ei < me) ops.push({ kind: 'removed', e: ei++, a: null });
    while (ai < ma) ops.push({ kind: 'added', e: null, a: ai++ });
    if (p < shared) ops.push({ kind: 'context', e: ei++, a: ai++ });
  }

  const added = a.lines.length - shared;
  const removed = e.lines.length - shared;
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

/** What a worker job (full-diff-client.ts) asks for: both files, the output's ids and the context lines. */
export type FullDiffRequest = { expected: string; actual: string; ids: FullDiffOptions['ids']; context: number };

export function fullDiffOf(request: FullDiffRequest, onProgress?: (fraction: number) => void): FullDiffResult {
  return computeFullDiff(request.expected, request.actual, { ids: request.ids, context: request.context, onProgress });
}

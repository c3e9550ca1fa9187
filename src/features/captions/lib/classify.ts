// The verdict: what kind of difference separates two caption files, so a
// maintainer can tell a timing fix from an encoding slip from a lost caption.
import type { AlignedRow } from './align-cues';
import type { ParseResult } from './cue';
import { mojibakeExample } from './mojibake';
import { timingPattern } from './timing-pattern';

/** One kind of difference; a verdict is one of these, or several ("mixed"). */
export type DiffPart =
  | { kind: 'timing_shift'; offsetMs: number; jitterMs: number; changed: number; paired: number }
  | { kind: 'timing_drift'; firstOffsetMs: number; lastOffsetMs: number; paired: number }
  /** Timing differs without a constant or linear pattern (not in the platform's list, but it happens). */
  | { kind: 'timing_changed'; changed: number; paired: number; minDeltaMs: number; maxDeltaMs: number }
  | { kind: 'text_changed' | 'formatting_only' | 'whitespace_only'; changed: number }
  | { kind: 'encoding_only'; changed: number; example: { expected: string; actual: string } | null }
  | { kind: 'cues_split'; split: number; into: number }
  | { kind: 'cues_merged'; merged: number; into: number }
  | { kind: 'cues_missing'; missing: number }
  | { kind: 'extra_cues'; extra: number };

export interface VerdictBase {
  expectedCues: number;
  actualCues: number;
  badBlocks: { expected: number; actual: number };
}

export type Verdict = VerdictBase &
  (
    | DiffPart
    /** `outside`: the cues match but the files differ elsewhere (numbering, header, notes). */
    | { kind: 'identical'; outside: boolean }
    | { kind: 'mixed'; parts: DiffPart[] }
    | { kind: 'not_captions'; side: 'expected' | 'actual' }
  );

export type VerdictKind = Verdict['kind'];

/** How the files differ outside their cues, from whole-file comparison. */
export type OutsideCues = 'none' | 'whitespace' | 'other';

const PAIRED = new Set(['same', 'timing', 'text', 'both']);

function timingPart(rows: readonly AlignedRow[]): DiffPart | null {
  const samples = rows.flatMap((r) => {
    const e = r.expected[0];
    if (!PAIRED.has(r.kind) || !e || r.startDeltaMs === undefined || r.endDeltaMs === undefined) return [];
    return [{ start: e.start, end: e.end, startDeltaMs: r.startDeltaMs, endDeltaMs: r.endDeltaMs }];
  });
  const pattern = timingPattern(samples);
  switch (pattern.kind) {
    case 'none':
      return null;
    case 'shift':
      return {
        kind: 'timing_shift',
        offsetMs: pattern.offsetMs,
        jitterMs: pattern.jitterMs,
        changed: pattern.changed,
        paired: pattern.cues,
      };
    case 'drift':
      return { kind: 'timing_drift', firstOffsetMs: pattern.firstOffsetMs, lastOffsetMs: pattern.lastOffsetMs, paired: pattern.cues };
    case 'irregular':
      return {
        kind: 'timing_changed',
        changed: pattern.changed,
        paired: pattern.cues,
        minDeltaMs: pattern.minDeltaMs,
        maxDeltaMs: pattern.maxDeltaMs,
      };
  }
}

/** The mildest name that covers every text change: whitespace ⊂ formatting; encoding alone; else words. */
function textPart(rows: readonly AlignedRow[]): DiffPart | null {
  const changed = rows.filter((r) => r.textChange !== undefined);
  if (changed.length === 0) return null;
  const kinds = new Set(changed.map((r) => r.textChange));
  const n = changed.length;
  if (kinds.size === 1 && kinds.has('whitespace')) return { kind: 'whitespace_only', changed: n };
  if ([...kinds].every((k) => k === 'whitespace' || k === 'formatting')) return { kind: 'formatting_only', changed: n };
  if (kinds.size === 1 && kinds.has('encoding')) {
    const first = changed[0];
    const example = first ? mojibakeExample(first.expected[0]?.plain ?? '', first.actual[0]?.plain ?? '') : null;
    return { kind: 'encoding_only', changed: n, example };
  }
  return { kind: 'text_changed', changed: n };
}

function structureParts(rows: readonly AlignedRow[]): DiffPart[] {
  const of = (kind: AlignedRow['kind']): AlignedRow[] => rows.filter((r) => r.kind === kind);
  const split = of('split');
  const merged = of('merged');
  const missing = of('missing').length;
  const extra = of('extra').length;
  const parts: DiffPart[] = [];
  if (split.length > 0) parts.push({ kind: 'cues_split', split: split.length, into: split.reduce((s, r) => s + r.actual.length, 0) });
  if (merged.length > 0)
    parts.push({ kind: 'cues_merged', merged: merged.reduce((s, r) => s + r.expected.length, 0), into: merged.length });
  if (missing > 0) parts.push({ kind: 'cues_missing', missing });
  if (extra > 0) parts.push({ kind: 'extra_cues', extra });
  return parts;
}

export function classify(rows: readonly AlignedRow[], expected: ParseResult, actual: ParseResult, outside: OutsideCues = 'none'): Verdict {
  const base: VerdictBase = {
    expectedCues: expected.cues.length,
    actualCues: actual.cues.length,
    badBlocks: { expected: expected.badBlocks.length, actual: actual.badBlocks.length },
  };
  const parts = [timingPart(rows), textPart(rows), ...structureParts(rows)].filter((p): p is DiffPart => p !== null);
  const [only] = parts;
  if (only === undefined) {
    // CRLF, a BOM or blank lines are whitespace differences even when every cue matches.
    return outside === 'whitespace'
      ? { ...base, kind: 'whitespace_only', changed: 0 }
      : { ...base, kind: 'identical', outside: outside === 'other' };
  }
  if (parts.length === 1) return { ...base, ...only };
  return { ...base, kind: 'mixed', parts };
}

export function notCaptions(side: 'expected' | 'actual'): Verdict {
  return { kind: 'not_captions', side, expectedCues: 0, actualCues: 0, badBlocks: { expected: 0, actual: 0 } };
}

// Pairs the cues between two text anchors: the ones whose text changed, went
// missing, appeared, or were split or merged. Gaps are usually a few cues, so
// a small dynamic programme picks the best pairing by time overlap and shared
// words; a rare huge gap (a rewritten file) falls back to a linear time sweep.
import { pairRow, type AlignedRow } from './aligned-row';
import type { Cue } from './cue';

/** Most pieces one cue is checked for being split into (or merged from). */
const MAX_PIECES = 20;
/** Cues this close in start time may pair even without overlapping. */
const NEAR_MS = 1000;
/** Share of words two far-apart cues need in common to count as one moved cue. */
const FAR_WORDS = 0.6;
/** Largest gap (expected × actual cues) aligned by dynamic programming. */
const DP_LIMIT = 40_000;
/** Split and merge rows explain several cues at once, so they beat separate pairs. */
const PIECES_SCORE = 3;

// Each cue's text without spaces, computed once: the split check reads it in every cell.
const compacted = new WeakMap<Cue, string>();
function compact(cue: Cue): string {
  let text = compacted.get(cue);
  if (text === undefined) {
    text = cue.plain.replace(/\s+/g, '');
    compacted.set(cue, text);
  }
  return text;
}

/**
 * How many consecutive `pieces` from `from` (2 or more) spell `whole`'s text
 * and overlap its time span; 0 when they do not. Times are compared after
 * subtracting each side's offset.
 */
function piecesOf(whole: Cue, wholeShift: number, pieces: readonly Cue[], from: number, piecesShift: number): number {
  const target = compact(whole);
  if (target === '') return 0;
  let text = '';
  for (let k = from; k < pieces.length && k - from < MAX_PIECES; k += 1) {
    const piece = pieces[k];
    if (!piece) return 0;
    text += compact(piece);
    if (!target.startsWith(text)) return 0;
    if (text.length === target.length) {
      const count = k - from + 1;
      const spanStart = (pieces[from]?.start ?? 0) - piecesShift;
      const spanEnd = piece.end - piecesShift;
      const overlaps = spanStart <= whole.end - wholeShift && whole.start - wholeShift <= spanEnd;
      return count >= 2 && overlaps ? count : 0;
    }
  }
  return 0;
}

function wordSet(cue: Cue): Set<string> {
  return new Set(
    cue.plain
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean),
  );
}

/** Shared words over all words (Jaccard), 0..1. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Milliseconds e and a (shifted back by `offset`) share; 0 or less when they do not overlap. */
function overlapMs(e: Cue, a: Cue, offset: number): number {
  return Math.min(e.end, a.end - offset) - Math.max(e.start, a.start - offset);
}

/** How well e and a (shifted back by `offset`) fit as the same cue; null when they should not pair. */
function pairScore(e: Cue, a: Cue, offset: number, words: number): number | null {
  const overlap = overlapMs(e, a, offset);
  const union = Math.max(e.end, a.end - offset) - Math.min(e.start, a.start - offset);
  if (overlap > 0 && union > 0) return overlap / union + words;
  if (Math.abs(a.start - offset - e.start) <= NEAR_MS) return 0.1 + words;
  // Far apart in time but clearly the same words: a moved cue.
  if (words >= FAR_WORDS) return words / 2;
  return null;
}

/** One row's worth of progress: how many expected (di) and actual (dj) cues it takes. */
interface Step {
  kind: 'pair' | 'split' | 'merged' | 'missing' | 'extra';
  di: number;
  dj: number;
}

function rowFor(step: Step, es: readonly Cue[], as: readonly Cue[], i: number, j: number): AlignedRow {
  const e = es.slice(i, i + step.di);
  const a = as.slice(j, j + step.dj);
  const [firstE, firstA] = [e[0], a[0]];
  if (step.kind === 'pair' && firstE && firstA) return pairRow(firstE, firstA);
  if ((step.kind === 'split' || step.kind === 'merged') && firstE && firstA) {
    const [lastE, lastA] = [e[e.length - 1] ?? firstE, a[a.length - 1] ?? firstA];
    return { kind: step.kind, expected: e, actual: a, startDeltaMs: firstA.start - firstE.start, endDeltaMs: lastA.end - lastE.end };
  }
  return step.kind === 'missing' ? { kind: 'missing', expected: e, actual: [] } : { kind: 'extra', expected: [], actual: a };
}

/** Best-scoring path through the gap (dynamic programming over suffixes). */
function alignByScore(es: readonly Cue[], as: readonly Cue[], offset: number): Step[] {
  const n = es.length;
  const m = as.length;
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const choice: Step[] = new Array<Step>((n + 1) * width);
  const wordsE = es.map(wordSet);
  const wordsA = as.map(wordSet);
  const lone = n === 1 && m === 1;
  for (let i = n; i >= 0; i -= 1) {
    for (let j = m; j >= 0; j -= 1) {
      if (i === n && j === m) continue;
      const e = es[i];
      const a = as[j];
      // Skipping: whichever cue starts first is reported first, so rows stay in time order.
      const skipE: Step = { kind: 'missing', di: 1, dj: 0 };
      const skipA: Step = { kind: 'extra', di: 0, dj: 1 };
      const candidates: Array<[Step, number]> = [];
      if (e && a) {
        const split = piecesOf(e, 0, as, j, offset);
        if (split > 0) candidates.push([{ kind: 'split', di: 1, dj: split }, PIECES_SCORE + (best[(i + 1) * width + j + split] ?? 0)]);
        const merged = piecesOf(a, offset, es, i, 0);
        if (merged > 0) candidates.push([{ kind: 'merged', di: merged, dj: 1 }, PIECES_SCORE + (best[(i + merged) * width + j + 1] ?? 0)]);
        // A lone cue between two anchors on each side is the same cue, changed.
        const score = pairScore(e, a, offset, similarity(wordsE[i] ?? new Set(), wordsA[j] ?? new Set())) ?? (lone ? 0.01 : null);
        if (score !== null) candidates.push([{ kind: 'pair', di: 1, dj: 1 }, score + (best[(i + 1) * width + j + 1] ?? 0)]);
      }
      const skips: Array<[Step, number]> = [];
      if (e) skips.push([skipE, best[(i + 1) * width + j] ?? 0]);
      if (a) skips.push([skipA, best[i * width + j + 1] ?? 0]);
      if (e && a && a.start - offset < e.start) skips.reverse();
      let pick: [Step, number] | undefined;
      for (const c of [...candidates, ...skips]) if (pick === undefined || c[1] > pick[1] + 1e-9) pick = c;
      if (pick) {
        best[i * width + j] = pick[1];
        choice[i * width + j] = pick[0];
      }
    }
  }
  const steps: Step[] = [];
  for (let i = 0, j = 0; i < n || j < m;) {
    const step = choice[i * width + j];
    if (!step) break;
    steps.push(step);
    i += step.di;
    j += step.dj;
  }
  return steps;
}

/** Linear sweep for huge gaps: pair what overlaps in time, else report the earlier cue. */
function alignBySweep(es: readonly Cue[], as: readonly Cue[], offset: number): Step[] {
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < es.length && j < as.length) {
    const e = es[i];
    const a = as[j];
    if (!e || !a) break;
    const split = piecesOf(e, 0, as, j, offset);
    const merged = split > 0 ? 0 : piecesOf(a, offset, es, i, 0);
    const step: Step =
      split > 0
        ? { kind: 'split', di: 1, dj: split }
        : merged > 0
          ? { kind: 'merged', di: merged, dj: 1 }
          : overlapMs(e, a, offset) > 0
            ? { kind: 'pair', di: 1, dj: 1 }
            : e.start <= a.start - offset
              ? { kind: 'missing', di: 1, dj: 0 }
              : { kind: 'extra', di: 0, dj: 1 };
    steps.push(step);
    i += step.di;
    j += step.dj;
  }
  for (; i < es.length; i += 1) steps.push({ kind: 'missing', di: 1, dj: 0 });
  for (; j < as.length; j += 1) steps.push({ kind: 'extra', di: 0, dj: 1 });
  return steps;
}

/** Rows for the unanchored cues `es` and `as`; `offset` is the local actual − expected shift. */
export function alignGap(es: readonly Cue[], as: readonly Cue[], offset: number, rows: AlignedRow[]): void {
  // Most gaps between anchors are empty or one-sided: no pairing to choose.
  if (as.length === 0 || es.length === 0) {
    for (const e of es) rows.push({ kind: 'missing', expected: [e], actual: [] });
    for (const a of as) rows.push({ kind: 'extra', expected: [], actual: [a] });
    return;
  }
  const steps = es.length * as.length <= DP_LIMIT ? alignByScore(es, as, offset) : alignBySweep(es, as, offset);
  let i = 0;
  let j = 0;
  for (const step of steps) {
    rows.push(rowFor(step, es, as, i, j));
    i += step.di;
    j += step.dj;
  }
}

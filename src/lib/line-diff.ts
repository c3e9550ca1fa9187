// A line diff that stays fast when every line differs: trim the common head and
// tail, anchor on lines that occur exactly once on each side (patience diff),
// and run Myers only on the gaps between anchors. Myers costs O((N+M)·D), so
// each gap and the whole run have an edit budget; a gap beyond it becomes a
// plain replacement, which is what Myers returns anyway when little matches.
// Shared by the browser's "compute full diff" (in a worker) and the mock server.

/** Pairs of equal lines (expected index, actual index), both strictly increasing. */
export type Matches = { a: number[]; b: number[] };

export interface LineDiffOptions {
  /** Most edits Myers explores in one gap between anchors. */
  maxGapEdits?: number;
  /** Most Myers steps (diagonals explored) over the whole diff; then every gap left is a replacement. */
  maxSteps?: number;
  /** Called now and then with the share of the expected lines already matched past (0–1). */
  onProgress?: (fraction: number) => void;
}

const MAX_GAP_EDITS = 2_000;
const MAX_STEPS = 30_000_000;
const SMALL_GAP = 400;

type State = {
  a: readonly string[];
  b: readonly string[];
  out: Matches;
  steps: number;
  maxSteps: number;
  maxGapEdits: number;
  tick: () => void;
};

export function diffLineKeys(a: readonly string[], b: readonly string[], options: LineDiffOptions = {}): Matches {
  const { maxGapEdits = MAX_GAP_EDITS, maxSteps = MAX_STEPS, onProgress } = options;
  const out: Matches = { a: [], b: [] };
  let lastReport = 0;
  const tick = () => {
    if (!onProgress || a.length === 0) return;
    const now = Date.now();
    if (now - lastReport < 50) return;
    lastReport = now;
    onProgress(((out.a[out.a.length - 1] ?? 0) + 1) / a.length);
  };
  diffRange({ a, b, out, steps: 0, maxSteps, maxGapEdits, tick }, 0, a.length, 0, b.length);
  onProgress?.(1);
  return out;
}

function diffRange(s: State, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b, out } = s;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    out.a.push(aLo++);
    out.b.push(bLo++);
  }
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  const aEnd = aHi - suffix;
  const bEnd = bHi - suffix;

  if (aLo < aEnd && bLo < bEnd) {
    // A small gap gets Myers' optimal answer outright: unique-line anchors can cross and lose matches.
    const anchors = aEnd - aLo + bEnd - bLo <= SMALL_GAP ? [] : uniqueAnchors(a, aLo, aEnd, b, bLo, bEnd);
    if (anchors.length > 0) {
      let prevA = aLo;
      let prevB = bLo;
      for (const [ai, bi] of anchors) {
        diffRange(s, prevA, ai, prevB, bi);
        out.a.push(ai);
        out.b.push(bi);
        prevA = ai + 1;
        prevB = bi + 1;
      }
      diffRange(s, prevA, aEnd, prevB, bEnd);
    } else {
      myers(s, aLo, aEnd, bLo, bEnd);
      s.tick();
    }
  }
  for (let k = 0; k < suffix; k++) {
    out.a.push(aEnd + k);
    out.b.push(bEnd + k);
  }
}

/** Lines unique on both sides, kept in an order increasing on both (longest increasing subsequence). */
function uniqueAnchors(a: readonly string[], aLo: number, aHi: number, b: readonly string[], bLo: number, bHi: number): [number, number][] {
  const counts = new Map<string, { ca: number; cb: number; ia: number; ib: number }>();
  for (let i = aLo; i < aHi; i++) {
    const line = a[i] as string;
    const entry = counts.get(line);
    if (entry) entry.ca++;
    else counts.set(line, { ca: 1, cb: 0, ia: i, ib: -1 });
  }
  for (let j = bLo; j < bHi; j++) {
    const entry = counts.get(b[j] as string);
    if (entry) {
      entry.cb++;
      entry.ib = j;
    }
  }
  const pairs: [number, number][] = [];
  for (const entry of counts.values()) if (entry.ca === 1 && entry.cb === 1) pairs.push([entry.ia, entry.ib]);
  if (pairs.length === 0) return [];
  pairs.sort((x, y) => x[0] - y[0]);

  // Patience sorting on the actual-side indices.
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const value = (pairs[p] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1] as number;
    tails[lo] = p;
  }
  const result: [number, number][] = [];
  for (let p = tails[tails.length - 1] as number; p >= 0; p = previous[p] as number) result.push(pairs[p] as [number, number]);
  return result.reverse();
}

/** Myers' diff on one gap, within the edit budgets; beyond them the gap is left as replaced. */
function myers(s: State, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b } = s;
  const n = aHi - aLo;
  const m = bHi - bLo;
  // Nothing in common: the answer is a replacement, no search needed.
  const inA = new Set<string>();
  for (let i = aLo; i < aHi; i++) inA.add(a[i] as string);
  let shared = false;
  for (let j = bLo; j < bHi && !shared; j++) shared = inA.has(b[j] as string);
  if (!shared) return;

  const max = Math.min(n + m, s.maxGapEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if (s.steps > s.maxSteps) return;
    s.steps += d + 1;
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, d, n, m, aLo, bLo, s.out);
        return;
      }
    }
  }
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number, aLo: number, bLo: number, out: Matches): void {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const vd = trace[d] as Int32Array; // v as it was before step d, indices k in [-d-1, d+1]
    const at = (k: number) => vd[k + d + 1] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    pairs.push([x, y]);
  }
  for (let p = pairs.length - 1; p >= 0; p--) {
    const [i, j] = pairs[p] as [number, number];
    out.a.push(aLo + i);
    out.b.push(bLo + j);
  }
}

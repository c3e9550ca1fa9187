// A line diff fast enough for 40,000-line fixtures: trim the common prefix and suffix, anchor on lines that occur
// exactly once on each side (patience diff), and run Myers only on the small gaps between anchors. A gap whose
// edit distance is still large becomes a plain replacement, which is what Myers returns anyway when nothing matches.

export type Line = {
  /** Without the trailing "\n"; a "\r" before it stays. */
  text: string;
  /** Whether the line ended with "\n" (the last line of a file may not). */
  eol: boolean;
};

export function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const endsWithNewline = parts[parts.length - 1] === '';
  if (endsWithNewline) parts.pop();
  return parts.map((part, index) => ({ text: part, eol: endsWithNewline || index < parts.length - 1 }));
}

/** Pairs of equal lines (expected index, actual index), both increasing. */
export type Matches = { a: number[]; b: number[] };

const MYERS_MAX_EDITS = 2_000;

export function diffLines(expected: readonly Line[], actual: readonly Line[]): Matches {
  const a = expected.map(key);
  const b = actual.map(key);
  const out: Matches = { a: [], b: [] };
  diffRange(a, 0, a.length, b, 0, b.length, out);
  return out;
}

function key(line: Line): string {
  return line.eol ? line.text + '\n' : line.text;
}

function diffRange(a: string[], aLo: number, aHi: number, b: string[], bLo: number, bHi: number, out: Matches): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    out.a.push(aLo++);
    out.b.push(bLo++);
  }
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  const aEnd = aHi - suffix;
  const bEnd = bHi - suffix;

  if (aLo < aEnd && bLo < bEnd) {
    const anchors = uniqueAnchors(a, aLo, aEnd, b, bLo, bEnd);
    if (anchors.length > 0) {
      let prevA = aLo;
      let prevB = bLo;
      for (const [ai, bi] of anchors) {
        diffRange(a, prevA, ai, b, prevB, bi, out);
        out.a.push(ai);
        out.b.push(bi);
        prevA = ai + 1;
        prevB = bi + 1;
      }
      diffRange(a, prevA, aEnd, b, prevB, bEnd, out);
    } else {
      myers(a, aLo, aEnd, b, bLo, bEnd, out);
    }
  }
  for (let k = 0; k < suffix; k++) {
    out.a.push(aEnd + k);
    out.b.push(bEnd + k);
  }
}

/** Lines unique on both sides, kept in an order increasing on both (longest increasing subsequence). */
function uniqueAnchors(a: string[], aLo: number, aHi: number, b: string[], bLo: number, bHi: number): [number, number][] {
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

/** Myers' O((N+M)D) diff on one gap; beyond MYERS_MAX_EDITS edits the gap is reported as replaced. */
function myers(a: string[], aLo: number, aHi: number, b: string[], bLo: number, bHi: number, out: Matches): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const inA = new Set<string>();
  for (let i = aLo; i < aHi; i++) inA.add(a[i] as string);
  let shared = false;
  for (let j = bLo; j < bHi && !shared; j++) shared = inA.has(b[j] as string);
  if (!shared) return;

  const max = Math.min(n + m, MYERS_MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
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
        backtrack(trace, d, n, m, aLo, bLo, out);
        return;
      }
    }
  }
  // Too many edits for this gap: leave it unmatched (all removed, then all added).
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

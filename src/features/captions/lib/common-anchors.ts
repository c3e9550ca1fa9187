// A long common subsequence of two key lists in near-linear time (patience
// diff): match equal heads and tails, anchor on keys that occur exactly once
// on each side (longest increasing run of them), and repeat inside the gaps.
// Gaps with no unique key fall back to an exact LCS only while they are small,
// so 10,000-cue files never meet a quadratic table.

/** Largest gap (cells of the LCS table) solved exactly when it has no unique keys. */
const EXACT_LIMIT = 250_000;

type Range = [aLo: number, aHi: number, bLo: number, bHi: number];

/** Pairs [i, j] of unique-in-range keys, ordered by i. */
function uniquePairs(a: readonly string[], b: readonly string[], [aLo, aHi, bLo, bHi]: Range): Array<[number, number]> {
  const seen = new Map<string, { ca: number; ia: number; cb: number; jb: number }>();
  for (let i = aLo; i < aHi; i += 1) {
    const key = a[i] ?? '';
    const s = seen.get(key);
    if (s) s.ca += 1;
    else seen.set(key, { ca: 1, ia: i, cb: 0, jb: -1 });
  }
  for (let j = bLo; j < bHi; j += 1) {
    const s = seen.get(b[j] ?? '');
    if (s) {
      s.cb += 1;
      s.jb = j;
    }
  }
  const pairs: Array<[number, number]> = [];
  for (const s of seen.values()) if (s.ca === 1 && s.cb === 1) pairs.push([s.ia, s.jb]);
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** Longest subsequence of `pairs` increasing in j (patience sorting, O(k log k)). */
function longestIncreasing(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1] ?? -1;
    tails[lo] = p;
  });
  const out: Array<[number, number]> = [];
  for (let p = tails[tails.length - 1] ?? -1; p >= 0; p = prev[p] ?? -1) {
    const pair = pairs[p];
    if (pair) out.push(pair);
  }
  return out.reverse();
}

/** Classic LCS table for a small gap. */
function exactLcs(a: readonly string[], b: readonly string[], [aLo, aHi, bLo, bHi]: Range, out: Array<[number, number]>): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * (m + 1) + j] = a[aLo + i] === b[bLo + j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aLo + i] === b[bLo + j]) {
      out.push([aLo + i, bLo + j]);
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
}

/** Index pairs [i, j] with a[i] === b[j], strictly increasing in both. */
export function commonAnchors(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // An explicit stack: deep nesting of gaps must not overflow the call stack.
  const stack: Range[] = [[0, a.length, 0, b.length]];
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    let [aLo, aHi, bLo, bHi] = range;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      out.push([aLo, bLo]);
      aLo += 1;
      bLo += 1;
    }
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
      aHi -= 1;
      bHi -= 1;
      out.push([aHi, bHi]);
    }
    if (aLo === aHi || bLo === bHi) continue;
    const inner: Range = [aLo, aHi, bLo, bHi];
    const anchors = longestIncreasing(uniquePairs(a, b, inner));
    if (anchors.length === 0) {
      if ((aHi - aLo) * (bHi - bLo) <= EXACT_LIMIT) exactLcs(a, b, inner, out);
      continue;
    }
    let [prevA, prevB] = [aLo, bLo];
    for (const [i, j] of anchors) {
      out.push([i, j]);
      stack.push([prevA, i, prevB, j]);
      [prevA, prevB] = [i + 1, j + 1];
    }
    stack.push([prevA, aHi, prevB, bHi]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

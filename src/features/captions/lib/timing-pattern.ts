// Names the pattern of timing deltas over paired cues: none, a constant shift
// (all within ±1 ms of the median offset: rounding of frame times), a linear
// drift (a frame-rate or clock error), or irregular changes.

export interface TimingSample {
  /** Expected start and end, ms. */
  start: number;
  end: number;
  startDeltaMs: number;
  endDeltaMs: number;
}

export type TimingPattern =
  | { kind: 'none' }
  /** `changed` counts cues whose times differ at all; a 0 offset means ±1 ms rounding jitter only. */
  | { kind: 'shift'; offsetMs: number; jitterMs: number; changed: number; cues: number }
  | { kind: 'drift'; firstOffsetMs: number; lastOffsetMs: number; cues: number }
  | { kind: 'irregular'; changed: number; cues: number; minDeltaMs: number; maxDeltaMs: number };

/** Deltas within this distance of the constant offset still count as a shift. */
const SHIFT_TOLERANCE_MS = 1;
/** Drift fits a line within max(1 ms, 5 % of the drift's span) and moves most cues. */
const DRIFT_RESIDUAL_SHARE = 0.05;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Least-squares line through (x, y); x is centred first so epoch-ms times keep precision. */
function fitLine(points: ReadonlyArray<[number, number]>): { at: (x: number) => number; maxResidual: number } | null {
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const at = (x: number): number => meanY + slope * (x - meanX);
  const maxResidual = points.reduce((worst, [x, y]) => Math.max(worst, Math.abs(y - at(x))), 0);
  return { at, maxResidual };
}

function asDrift(samples: readonly TimingSample[], changed: number): TimingPattern | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  // A few moved cues are edits, not a clock running at the wrong rate.
  if (samples.length < 3 || changed * 2 < samples.length || !first || !last) return null;
  const points: Array<[number, number]> = samples.flatMap((s): Array<[number, number]> => [
    [s.start, s.startDeltaMs],
    [s.end, s.endDeltaMs],
  ]);
  const line = fitLine(points);
  if (!line) return null;
  const span = Math.abs(line.at(last.end) - line.at(first.start));
  if (span <= 2 * SHIFT_TOLERANCE_MS) return null;
  if (line.maxResidual > Math.max(SHIFT_TOLERANCE_MS, span * DRIFT_RESIDUAL_SHARE)) return null;
  return { kind: 'drift', firstOffsetMs: first.startDeltaMs, lastOffsetMs: last.startDeltaMs, cues: samples.length };
}

export function timingPattern(samples: readonly TimingSample[]): TimingPattern {
  const deltas = samples.flatMap((s) => [s.startDeltaMs, s.endDeltaMs]);
  const changed = samples.filter((s) => s.startDeltaMs !== 0 || s.endDeltaMs !== 0).length;
  if (changed === 0) return { kind: 'none' };
  const offsetMs = median(deltas);
  // Loops rather than Math.max(...deltas): spreading 60,000 arguments can overflow the stack.
  const jitterMs = deltas.reduce((worst, d) => Math.max(worst, Math.abs(d - offsetMs)), 0);
  if (jitterMs <= SHIFT_TOLERANCE_MS) return { kind: 'shift', offsetMs, jitterMs, changed, cues: samples.length };
  // The range of the deltas that differ: "(+500 ms)" for one moved cue, not "(0 ms to +500 ms)".
  const moved = deltas.filter((d) => d !== 0);
  const minDeltaMs = moved.reduce((a, b) => Math.min(a, b));
  const maxDeltaMs = moved.reduce((a, b) => Math.max(a, b));
  return asDrift(samples, changed) ?? { kind: 'irregular', changed, cues: samples.length, minDeltaMs, maxDeltaMs };
}

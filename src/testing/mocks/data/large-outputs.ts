// Generated outputs of 100 to 40,000 lines for the benchmark and the large-output e2e spec: SubRip files
// with scattered changes (one cue in 50) or with every line changed (CRLF and a one-frame shift, as a
// broken -lf would give). Made on first request and kept, so unit tests that never ask pay nothing.
import { NEWS_LINES } from './caption-phrases';
import { textFile } from './bytes';
import type { FileData } from './files';
import { memo, rng } from './prng';

export const LARGE_OUTPUT_SIZES = [100, 2_000, 10_000, 40_000] as const;
export type LargeOutputSize = (typeof LARGE_OUTPUT_SIZES)[number];
export type LargeOutputChange = 'scattered' | 'allChanged';

/** Outside the catalog's ids (samples from 1, regression tests from 201, outputs from 1001). */
export const LARGE_SAMPLE_ID = 900;
export const LARGE_REGRESSION_ID = 9_000;
/** The sample's name in its regression test: baselines are named after it ("large" + "_40000_scattered" + ".srt"). */
export const LARGE_SAMPLE_NAME = 'large.ts';

export type LargeOutputDef = { outputId: number; lines: LargeOutputSize; change: LargeOutputChange };

export const LARGE_OUTPUTS: readonly LargeOutputDef[] = LARGE_OUTPUT_SIZES.flatMap((lines, i) => [
  { outputId: 9_001 + 2 * i, lines, change: 'scattered' as const },
  { outputId: 9_002 + 2 * i, lines, change: 'allChanged' as const },
]);

export const largeOutput = (outputId: number): LargeOutputDef | undefined => LARGE_OUTPUTS.find((o) => o.outputId === outputId);

export const largeOutputFilename = (def: LargeOutputDef) => `large_${def.lines}_${def.change}.srt`;

const stamp = (ms: number) => {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)},${p(ms % 1000, 3)}`;
};

/** Exactly `lines` lines: cues of four lines (number, times, text, blank). */
function srt(lines: number, variant: 'expected' | LargeOutputChange): string {
  const r = rng(`large output ${lines}`);
  const eol = variant === 'allChanged' ? '\r\n' : '\n';
  const shift = variant === 'allChanged' ? 33 : 0;
  const out: string[] = [];
  let t = 1_000;
  for (let cue = 1; out.length < lines; cue += 1) {
    const length = r.int(1_200, 4_000);
    let text = r.pick(NEWS_LINES);
    if (variant === 'scattered' && cue % 50 === 7) text = text.replace(/\b(\w+)\b/, '$1 uh');
    out.push(String(cue), `${stamp(t + shift)} --> ${stamp(t + length + shift)}`, text, '');
    t += length + r.int(30, 300);
  }
  return out.slice(0, lines).join(eol) + eol;
}

export const largeExpectedFile = memo((lines: LargeOutputSize): FileData => textFile(srt(lines, 'expected'), 'application/x-subrip'));

export const largeActualFile = memo((def: LargeOutputDef): FileData => textFile(srt(def.lines, def.change), 'application/x-subrip'));

import { exitCodeMismatch, exitCodeText, isFailing, outputStatusWord, resultVerdict, type RunSample } from '@/lib/result-status';
import { groupBySample, sortFailingFirst } from './group-results';

/** One output of a run, in the order of the run screen (samples failing first, then regression tests, then outputs). */
export type OutputStop = {
  sampleId: number;
  sampleName: string;
  regressionId: number;
  outputId: number;
  filename: string;
  /** Why it counts as a failure ("differs", "missing output", "exit code 10, expected 0"); null when it does not. */
  failure: string | null;
};

/**
 * Every output of the run in screen order, each marked failing when its file differs or is missing, or when its
 * result fails otherwise (a wrong exit code): then the result's first output stands for it.
 */
export function outputStops(results: RunSample[]): OutputStop[] {
  const stops: OutputStop[] = [];
  for (const group of sortFailingFirst(groupBySample(results))) {
    const { sampleId } = group;
    if (sampleId === null) continue; // no sample, no output screen to go to
    for (const result of group.results) {
      // A differing file of a passing result (an accepted variant, an ignored output) fails nothing.
      const resultFails = isFailing(resultVerdict(result));
      const failingFiles = resultFails ? result.outputs.filter((o) => o.status === 'fail' || o.status === 'missing_output') : [];
      result.outputs.forEach((output, i) => {
        let failure: string | null = null;
        if (failingFiles.includes(output)) failure = outputStatusWord(output.status);
        else if (i === 0 && resultFails && failingFiles.length === 0) failure = exitCodeMismatch(result) ? exitCodeText(result) : 'fail';
        stops.push({
          sampleId,
          sampleName: group.sampleName,
          regressionId: result.regression_test_id,
          outputId: output.output_id,
          filename: output.filename,
          failure,
        });
      });
    }
  }
  return stops;
}

export type FailurePosition = {
  /** 1-based position among the failures, or null when the current output is not one. */
  index: number | null;
  total: number;
  previous: OutputStop | null;
  next: OutputStop | null;
};

/** Where an output sits among the run's failures, and the failures before and after it. */
export function locateFailure(stops: OutputStop[], current: { regressionId: number; outputId: number }): FailurePosition {
  const failures = stops.filter((s) => s.failure !== null);
  const at = stops.findIndex((s) => s.regressionId === current.regressionId && s.outputId === current.outputId);
  if (at === -1) return { index: null, total: failures.length, previous: null, next: failures[0] ?? null };
  const before = stops.slice(0, at).filter((s) => s.failure !== null);
  const after = stops.slice(at + 1).filter((s) => s.failure !== null);
  const isFailure = stops[at]?.failure != null;
  return {
    index: isFailure ? before.length + 1 : null,
    total: failures.length,
    previous: before.at(-1) ?? null,
    next: after[0] ?? null,
  };
}

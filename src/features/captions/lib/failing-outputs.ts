// Which outputs of a run's results get a caption verdict: the failing ones of failing results whose name says captions.
import type { OutputRef } from '@/lib/query-keys';
import { isFailing, resultVerdict, type RunSample } from '@/lib/result-status';
import { formatFromExtension } from './detect-format';

export type CaptionOutput = { ref: OutputRef; filename: string };

export function isCaptionFile(filename: string): boolean {
  return formatFromExtension(filename) !== null;
}

export function failingCaptionOutputs(runId: number, results: readonly RunSample[]): CaptionOutput[] {
  return results.flatMap((result) => {
    const sampleId = result.sample_id;
    // A differing file of a passing result (an accepted variant, an ignored output) is no failure to label.
    if (sampleId === null || !isFailing(resultVerdict(result))) return [];
    return result.outputs
      .filter((output) => output.status === 'fail' && isCaptionFile(output.filename))
      .map((output) => ({
        ref: { runId, sampleId, regressionId: result.regression_test_id, outputId: output.output_id },
        filename: output.filename,
      }));
  });
}

// Which outputs of a run's results get a caption verdict: the failing ones whose name says captions.
import type { OutputRef } from '@/lib/query-keys';
import type { RunSample } from '@/lib/result-status';
import { formatFromExtension } from './detect-format';

export type CaptionOutput = { ref: OutputRef; filename: string };

export function isCaptionFile(filename: string): boolean {
  return formatFromExtension(filename) !== null;
}

export function failingCaptionOutputs(runId: number, results: readonly RunSample[]): CaptionOutput[] {
  return results.flatMap((result) => {
    const sampleId = result.sample_id;
    if (sampleId === null) return [];
    return result.outputs
      .filter((output) => output.status === 'fail' && isCaptionFile(output.filename))
      .map((output) => ({ ref: { runId, sampleId, regressionId: result.regression_test_id, outputId: output.output_id }, filename: output.filename }));
  });
}

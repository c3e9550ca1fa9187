import type { OutputRef } from './query-keys';

/** The output screen's route and params, for a Link or navigate(): built here, never by hand. */
export function outputLink({ runId, sampleId, regressionId, outputId }: OutputRef) {
  return {
    to: '/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId',
    params: { runId: String(runId), sampleId: String(sampleId), regressionId: String(regressionId), outputId: String(outputId) },
  } as const;
}

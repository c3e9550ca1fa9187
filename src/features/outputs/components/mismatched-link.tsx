import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/page-heading';
import type { OutputRef } from '@/lib/query-keys';
import type { RunSample } from '@/lib/result-status';
import { outputLink } from '@/lib/output-link';

export type Mismatch = { reason: string; /** The result the link's ids point at instead. */ result: RunSample };

/**
 * Why an output link's ids, each found in the run, do not name one output; null when they do, or when an id is not
 * in the run at all (the API's "Not found" names it then).
 */
export function mismatchOf(ref: OutputRef, items: readonly RunSample[]): Mismatch | null {
  const result = items.find((r) => r.regression_test_id === ref.regressionId);
  if (!result) return null;
  if (result.sample_id !== null && result.sample_id !== ref.sampleId) {
    return {
      reason: `Regression test ${ref.regressionId} of run ${ref.runId} tests sample ${result.sample_id}, not sample ${ref.sampleId}.`,
      result,
    };
  }
  if (result.outputs.some((o) => o.output_id === ref.outputId)) return null;
  const owner = items.find((r) => r.outputs.some((o) => o.output_id === ref.outputId));
  if (!owner) return null;
  const ofSample = owner.sample_id !== null && owner.sample_id !== ref.sampleId ? ` of sample ${owner.sample_id}` : '';
  return {
    reason: `Output ${ref.outputId} belongs to regression test ${owner.regression_test_id}${ofSample}, not to regression test ${ref.regressionId}.`,
    result: owner,
  };
}

/** A link whose ids exist but do not belong together: say how, and where the regression test really is. */
export function MismatchedLink({ mismatch: { reason, result }, outputRef }: { mismatch: Mismatch; outputRef: OutputRef }) {
  const { runId } = outputRef;
  const { sample_id: sampleId, outputs } = result;
  // The output asked for, under its real sample; or a regression test's only output.
  const only = outputs.find((o) => o.output_id === outputRef.outputId) ?? (outputs.length === 1 ? outputs[0] : undefined);
  return (
    <section className="state-panel state-panel--warn" role="alert" aria-labelledby="mismatched-link-title">
      <PageHeading>
        <span id="mismatched-link-title">Bad link</span>
      </PageHeading>
      <p>{reason}</p>
      <p>The link was probably edited by hand, or put together from two others.</p>
      <p>
        {sampleId !== null && only ? (
          <Link {...outputLink({ runId, sampleId, regressionId: result.regression_test_id, outputId: only.output_id })}>
            Open output {only.output_id} of regression test {result.regression_test_id}
          </Link>
        ) : sampleId !== null ? (
          <Link to="/runs/$runId/samples/$sampleId" params={{ runId: String(runId), sampleId: String(sampleId) }}>
            Open sample {sampleId} in run {runId}
          </Link>
        ) : (
          <Link to="/runs/$runId" params={{ runId: String(runId) }}>
            Open run {runId}
          </Link>
        )}
      </p>
    </section>
  );
}

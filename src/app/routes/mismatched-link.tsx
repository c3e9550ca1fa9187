import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/page-heading';
import type { RunSample } from '@/lib/result-status';

type Ref = { runId: number; sampleId: number; regressionId: number; outputId: number };

/** Why an output link's ids, each of which exists, do not name one output, or null when they do. */
export function mismatchOf(ref: Ref, result: RunSample | undefined): string | null {
  if (!result) return null;
  if (result.sample_id !== null && result.sample_id !== ref.sampleId) {
    return `Regression test ${ref.regressionId} of run ${ref.runId} tests sample ${result.sample_id}, not sample ${ref.sampleId}.`;
  }
  if (!result.outputs.some((o) => o.output_id === ref.outputId)) {
    const outputs = result.outputs.map((o) => o.output_id).join(', ');
    return `Output ${ref.outputId} is not an output of regression test ${ref.regressionId} in run ${ref.runId}${outputs ? `: its outputs are ${outputs}` : ''}.`;
  }
  return null;
}

/** A link whose ids exist but do not belong together: say how, and where the regression test really is. */
export function MismatchedLink({ reason, outputRef, result }: { reason: string; outputRef: Ref; result: RunSample }) {
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
          <Link
            to="/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId"
            params={{ runId: String(runId), sampleId: String(sampleId), regressionId: String(result.regression_test_id), outputId: String(only.output_id) }}
          >
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

import './review.css';

/**
 * Instead of "Approve as expected" once this run's actual file is the regression test's baseline (approved
 * before, in this session or another): approving it again would change nothing.
 */
export function AlreadyBaseline({ regressionId, runId }: { regressionId: number; runId: number }) {
  return (
    <p className="notice notice--info review-result" role="note">
      <strong>Approved as expected.</strong> The actual file of run {runId} is the expected file of regression test {regressionId} for every
      future run.
    </p>
  );
}

import type { OutputReview } from '@/features/outputs/components/output-file-screen';
import { ApproveBaseline } from '@/features/review/components/approve-baseline';
import { BaselineChangedNote } from '@/features/review/components/baseline-changed-note';
import { isSameFile } from '@/features/review/lib/baseline-changed';
import type { OutputRef } from '@/lib/query-keys';

/** The output screen's review slot for `target`. */
export const outputReview = (target: OutputRef) => (facts: OutputReview) => <OutputReviewPart target={target} {...facts} />;

/**
 * The review feature's part of the output screen: "The baseline has changed since this run" on any output whose
 * regression test now expects another file, and "Approve as expected" on one that differs or has no baseline.
 */
function OutputReviewPart({ target, ...facts }: OutputReview & { target: OutputRef }) {
  return (
    <>
      <BaselineChangedNote regressionId={target.regressionId} correct={facts.correct} compared={facts.compared} />
      {facts.approvable ? (
        <ApproveBaseline
          target={target}
          kind={facts.approvable}
          filename={facts.title}
          platform={facts.platform}
          sampleName={facts.sampleName}
          summary={facts.summary}
          resultStatus={facts.resultStatus}
          alreadyBaseline={isSameFile(facts.correct, facts.actual)}
        />
      ) : null}
    </>
  );
}

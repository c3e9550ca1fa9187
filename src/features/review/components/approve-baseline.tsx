import './review.css';
import { useId, useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { RightButton } from '@/components/right-button';
import { RelativeTime } from '@/components/relative-time';
import { SafeText } from '@/components/safe-text';
import { WriteFailure } from '@/components/write-failure';
import type { OutputRef } from '@/lib/query-keys';
import { NEEDS, useRight } from '@/lib/write-rights';
import { useApproveBaseline } from '../api/approve-baseline';
import { AlreadyBaseline } from './already-baseline';

export type ApproveBaselineProps = {
  target: OutputRef;
  /** The output differs from its expected file, or there is no expected baseline to differ from. */
  kind: 'differs' | 'no_baseline';
  /** The file's name as the screen shows it. */
  filename: string;
  platform?: string;
  sampleName?: string;
  /** The diff's counts (a differing output). */
  summary?: { added: number; removed: number; hunks: number };
  /** This run's recorded result for the regression test ("fail"). */
  resultStatus?: string;
  /** This run's actual file is the regression test's baseline already (approved before): nothing to approve. */
  alreadyBaseline?: boolean;
};

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function diffWords(props: ApproveBaselineProps): string {
  if (props.kind === 'no_baseline') return 'No expected baseline: this becomes its first expected file';
  if (!props.summary) return 'The file differs from its expected file';
  const { added, removed, hunks } = props.summary;
  return `${plural(added, 'line')} added, ${plural(removed, 'line')} removed, in ${plural(hunks, 'changed part')}`;
}

/**
 * "Approve as expected" for a differing output or one without a baseline: disabled with the reason for a token that
 * may not, otherwise a dialog that says exactly what will happen; one confirmation sends one request.
 */
export function ApproveBaseline(props: ApproveBaselineProps) {
  const { target } = props;
  const right = useRight(NEEDS.approveBaseline);
  const approval = useApproveBaseline(target);
  const [open, setOpen] = useState(false);
  const [replaceEverywhere, setReplaceEverywhere] = useState(false);
  const choiceName = useId();

  if (approval.data) {
    return (
      <section className="notice notice--info review-result" aria-label="Review" role="status">
        <p>
          <strong>
            Approved as expected by <SafeText text={approval.data.requested_by} />
          </strong>{' '}
          <span className="muted">
            (<RelativeTime value={approval.data.created_at} />)
          </span>
        </p>
        <p>
          Future runs of regression test {approval.data.regression_id} compare with this file
          {replaceEverywhere ? ', on every platform (its other platforms’ variants were removed)' : ''}. This run’s result stays as it was
          recorded
          {props.resultStatus ? (
            <>
              {' '}
              (<SafeText text={props.resultStatus} />)
            </>
          ) : (
            ''
          )}
          , with its diff against the file it was compared with.
        </p>
      </section>
    );
  }

  if (props.alreadyBaseline) return <AlreadyBaseline regressionId={target.regressionId} runId={target.runId} />;

  return (
    <section className="review-bar" aria-label="Review">
      <RightButton
        right={right}
        reasonClassName="review-bar__reason"
        onClick={() => {
          approval.reset();
          setOpen(true);
        }}
      >
        Approve as expected
      </RightButton>
      {right.allowed && (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title="Approve as expected?"
          description={
            <>
              <p>
                <strong>
                  The actual file of run {target.runId} becomes the expected file of regression test {target.regressionId} for every future
                  run.
                </strong>
              </p>
              <p>This run keeps its recorded expected file, its diff and its result. There is no undo.</p>
            </>
          }
          confirmLabel="Approve"
          busy={approval.isPending}
          onConfirm={() => approval.submit(replaceEverywhere)}
          outcome={
            approval.error ? (
              <WriteFailure
                error={approval.error}
                what="The approval"
                howToCheck={`reload this page: a changed baseline reads “The baseline has changed since this run”`}
              />
            ) : null
          }
        >
          <dl className="facts review-facts">
            <dt>File</dt>
            <dd className="review-facts__file">
              <SafeText text={props.filename} />
            </dd>
            <dt>Run</dt>
            <dd>
              {target.runId}
              {props.platform ? <> · {props.platform}</> : null}
            </dd>
            <dt>Regression test</dt>
            <dd>
              {target.regressionId}
              {props.sampleName ? (
                <>
                  {' '}
                  · <SafeText text={props.sampleName} />
                </>
              ) : null}
            </dd>
            <dt>{props.kind === 'differs' ? 'Diff' : 'Baseline'}</dt>
            <dd>{diffWords(props)}</dd>
          </dl>
          <fieldset disabled={approval.isPending}>
            <legend>Other platforms</legend>
            <label>
              <input type="radio" name={choiceName} checked={!replaceEverywhere} onChange={() => setReplaceEverywhere(false)} />
              <span>Keep other platforms' variants</span>
            </label>
            <label>
              <input type="radio" name={choiceName} checked={replaceEverywhere} onChange={() => setReplaceEverywhere(true)} />
              <span>
                Replace the baseline on every platform{' '}
                <span className="muted">(deletes the platform-specific variants: this file becomes the one expected file)</span>
              </span>
            </label>
          </fieldset>
        </ConfirmDialog>
      )}
    </section>
  );
}

import './run-activity.css';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { RightButton } from '@/components/right-button';
import { SafeText } from '@/components/safe-text';
import { WriteFailure } from '@/components/write-failure';
import { NEEDS, useRight } from '@/lib/write-rights';
import { useRunAction, type RunAction, type RunActionKind } from '../api/run-actions';

type Props = {
  runId: number;
  /** The run's status; undefined while it loads (no action is offered then). */
  status: string | undefined;
  platform?: string;
};

const isActive = (status: string) => status === 'queued' || status === 'running';

/** "Run again" for a finished run, "Cancel run" for a queued or running one: for tokens with runs:write, asking first. */
export function RunActions({ runId, status, platform }: Props) {
  const right = useRight(NEEDS.runWrite);
  const kind: RunActionKind | null = status === undefined ? null : isActive(status) ? 'cancel' : 'restart';
  const restart = useRunAction(runId, 'restart');
  const cancel = useRunAction(runId, 'cancel');
  const [open, setOpen] = useState<RunActionKind | null>(null);
  const last = open === 'cancel' ? cancel : open === 'restart' ? restart : null;
  // The newest answer of either action stays on the run screen.
  const answered = [restart, cancel].filter((m) => m.data).sort((a, b) => b.submittedAt - a.submittedAt)[0];
  // While the run loads: the bar's place, so what follows does not move when the button arrives.
  if (kind === null)
    return (
      <section className="run-actions" aria-hidden="true">
        <div className="run-actions__bar">
          <span className="button skeleton run-actions__pending">Run again</span>
        </div>
      </section>
    );

  const label = kind === 'restart' ? 'Run again' : 'Cancel run';
  return (
    <section className="run-actions" aria-label="Run actions">
      <div className="run-actions__bar">
        <RightButton
          right={right}
          onClick={() => {
            (kind === 'restart' ? restart : cancel).reset();
            setOpen(kind);
          }}
        >
          {label}
        </RightButton>
      </div>
      {answered?.data && <ActionAnswer answer={answered.data} />}
      {right.allowed && last && open && (
        <ConfirmDialog
          open
          onOpenChange={(next) => setOpen(next ? open : null)}
          title={open === 'restart' ? `Queue run ${runId} again?` : `Cancel run ${runId}?`}
          description={
            open === 'restart' ? (
              <>
                <p>
                  <strong>
                    Run {runId}
                    {platform ? ` (${platform})` : ''} is queued again under the same id. Its results and progress are cleared: the results
                    on this screen are replaced by the new run’s, not kept.
                  </strong>
                </p>
                <p>The same commit is built and tested again on the same platform.</p>
              </>
            ) : (
              <p>
                <strong>
                  Run {runId}
                  {platform ? ` (${platform})` : ''} stops: the tests that have not run yet will have no result.
                </strong>{' '}
                You can run it again afterwards.
              </p>
            )
          }
          confirmLabel={open === 'restart' ? 'Run again' : 'Cancel run'}
          cancelLabel={open === 'restart' ? 'Cancel' : 'Keep it running'}
          tone={open === 'cancel' ? 'danger' : 'primary'}
          busy={last.isPending}
          onConfirm={() => {
            // Answered: the dialog closes and what the platform said stays on the screen.
            last.submit(undefined, { onSuccess: () => setOpen(null) });
          }}
          outcome={
            last.error ? (
              <WriteFailure
                error={last.error}
                what={open === 'restart' ? 'Running again' : 'Cancelling'}
                howToCheck="reload this page and look at the run’s status"
              />
            ) : null
          }
        />
      )}
    </section>
  );
}

function ActionAnswer({ answer }: { answer: RunAction }) {
  const what = answer.action === 'restart' ? 'Run again' : answer.action === 'cancel' ? 'Cancel' : answer.action;
  const message = answer.message ? (
    <>
      {' '}
      The platform says: “<SafeText text={answer.message} />”
    </>
  ) : null;
  if (answer.status === 'accepted')
    return (
      <p className="notice notice--info" role="status">
        <strong>
          {answer.action === 'restart' ? `Run ${answer.run_id} is queued to run again.` : `Run ${answer.run_id} is being canceled.`}
        </strong>
        {message}
      </p>
    );
  return (
    <p className="notice notice--warn" role="status">
      <strong>
        {what}: {answer.status === 'no_op' ? 'nothing to do' : 'refused'} — nothing changed.
      </strong>
      {message}
    </p>
  );
}

import { useCallback } from 'react';
import { RunActions } from '@/features/run-activity/components/run-actions';
import { RunArtifacts } from '@/features/run-activity/components/run-artifacts';
import { RunErrors } from '@/features/run-activity/components/run-errors';
import { RunProgress } from '@/features/run-activity/components/run-progress';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { isRunFinished } from '@/features/runs/api/run-status';

/**
 * The run-activity feature's parts of the run screen: Run again / Cancel run and the progress under the facts (open
 * while the run is queued or running; their place is held while the run loads), its errors and artifacts under the
 * results once it has finished.
 */
export function useRunActivity(runId: number) {
  const run = useRun(runId);
  const status = run.data?.status;
  const live = status !== undefined && !isRunFinished(status);
  const results = useRunResults(runId, live);
  const items = results.data?.items;
  // An error names its output by regression test and file name: the run's results know the output's id.
  const outputIdOf = useCallback(
    (regressionId: number, filename: string) =>
      items?.find((r) => r.regression_test_id === regressionId)?.outputs.find((o) => o.filename === filename)?.output_id,
    [items],
  );
  // Drawn before the run arrives (the button's place, progress closed), so the screen below does not move.
  const actions = (
    <>
      <RunActions runId={runId} status={status} platform={run.data?.platform} />
      <RunProgress runId={runId} live={live} />
    </>
  );
  const activity =
    status === undefined ? null : (
      <>
        {!live && <RunErrors runId={runId} outputIdOf={outputIdOf} />}
        <RunArtifacts runId={runId} />
      </>
    );
  return { actions, activity };
}

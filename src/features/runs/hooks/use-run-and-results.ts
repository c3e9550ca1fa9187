import { useRun } from '../api/get-run';
import { useRunResults } from '../api/get-run-results';
import { isRunFinished } from '../api/run-status';

/** A run and its results, which refresh with it while it is queued or running (`live`). */
export function useRunAndResults(runId: number) {
  const run = useRun(runId);
  const live = !!run.data && !isRunFinished(run.data.status);
  const results = useRunResults(runId, live);
  return { run, results, live };
}

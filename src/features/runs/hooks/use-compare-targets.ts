import { useState } from 'react';
import { useDefaultBaseRun } from '../api/get-base-run';
import { useOtherPlatformRun } from '../api/get-other-platform-run';
import type { Run } from '../api/run-status';

type Target = { runId: number; platform: string } | null | undefined;

/**
 * The runs an output can be compared with: the run's base run and the run of its commit on the other platform.
 * Found only once wanted (the reader reaches for "Compare with", or the link names a run): two reads a run, cached.
 */
export function useCompareTargets(runId: number, run: Run | undefined, linked: boolean) {
  const [wanted, setWanted] = useState(false);
  const want = wanted || linked;
  const base = useDefaultBaseRun(runId, run, want);
  const other = useOtherPlatformRun(runId, run, want);
  const target = (data: Run | null | undefined): Target => (data ? { runId: data.run_id, platform: data.platform } : data);
  return {
    base: base.isError ? null : target(base.data),
    otherPlatform: other.isError ? null : target(other.data),
    find: () => setWanted(true),
  };
}

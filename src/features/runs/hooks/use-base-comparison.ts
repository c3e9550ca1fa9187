import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RunSample } from '@/lib/result-status';
import { useDefaultBaseRun } from '../api/get-base-run';
import { runQueryOptions } from '../api/get-run';
import { runResultsQueryOptions } from '../api/get-run-results';
import type { Run } from '../api/run-status';
import { compareWithBase, type RunComparison } from '../base-comparison';
import type { BaseChoice } from '../run-search';

/** Where a run's comparison with its base stands; the run screen shows each state in words. */
export type BaseComparisonState =
  | { state: 'off' }
  | { state: 'loading'; baseId: number | null }
  | { state: 'none-found' }
  | { state: 'error'; error: Error; what: string; retry: () => void }
  | { state: 'ready'; base: Run; chosen: boolean; comparison: RunComparison; complete: boolean };

/**
 * This run against its base run: the default one (found with one request), or the one `?base=` names; the base's
 * results load once and are shared with its own screen's cache.
 */
export function useBaseComparison(
  runId: number,
  run: Run | undefined,
  results: readonly RunSample[] | undefined,
  choice: BaseChoice | undefined,
): BaseComparisonState {
  const chosenId = typeof choice === 'number' ? choice : null;
  const found = useDefaultBaseRun(runId, run, choice === undefined);
  const chosen = useQuery({ ...runQueryOptions(chosenId ?? 0), enabled: chosenId !== null });
  const base = chosenId !== null ? chosen.data : (found.data ?? undefined);
  const baseResults = useQuery({ ...runResultsQueryOptions(base?.run_id ?? 0), enabled: !!base });

  // Computed once per pair of result lists (the queries' answers keep their identity between renders).
  const comparison = useMemo(
    () => (results && baseResults.data ? compareWithBase(results, baseResults.data.items) : undefined),
    [results, baseResults.data],
  );

  if (choice === 'none') return { state: 'off' };
  const lookup = chosenId !== null ? chosen : found;
  if (lookup.isError) {
    const what = chosenId !== null ? `base run ${chosenId}` : 'the base run';
    return { state: 'error', error: lookup.error, what, retry: () => void lookup.refetch() };
  }
  if (chosenId === null && found.data === null) return { state: 'none-found' };
  if (!base) return { state: 'loading', baseId: chosenId };
  if (baseResults.isError) {
    return { state: 'error', error: baseResults.error, what: `the results of run ${base.run_id}`, retry: () => void baseResults.refetch() };
  }
  if (!comparison || !baseResults.data) return { state: 'loading', baseId: base.run_id };
  return { state: 'ready', base, chosen: chosenId !== null, comparison, complete: baseResults.data.complete };
}

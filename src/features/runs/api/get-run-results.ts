import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { collectPages } from '@/lib/pagination';
import { queryKeys } from '@/lib/query-keys';

/** Every result of a run (one per regression test, ~240): three pages of 100, fetched once and shared by the run, sample and output screens. */
export function getRunResults(runId: number, signal?: AbortSignal) {
  return collectPages((offset) =>
    getJson(
      'RunSamplePage',
      (init) =>
        api.GET('/runs/{run_id}/samples', { ...init, params: { path: { run_id: runId }, query: { limit: 100, offset } } }),
      { signal },
    ),
  );
}

export const runResultsQueryOptions = (runId: number, refreshWhileRunning = false) =>
  queryOptions({
    queryKey: queryKeys.runs.results(runId),
    queryFn: ({ signal }) => getRunResults(runId, signal),
    staleTime: refreshWhileRunning ? 15_000 : 5 * 60_000,
    refetchInterval: refreshWhileRunning ? 15_000 : false,
  });

export function useRunResults(runId: number, refreshWhileRunning = false) {
  return useQuery(runResultsQueryOptions(runId, refreshWhileRunning));
}

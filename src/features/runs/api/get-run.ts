import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { isRunFinished } from './run-status';

export function getRun(runId: number, signal?: AbortSignal) {
  return getJson('Run', (init) => api.GET('/runs/{run_id}', { ...init, params: { path: { run_id: runId } } }), { signal });
}

export const runQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.detail(runId),
    queryFn: ({ signal }) => getRun(runId, signal),
    // A queued or running run changes; refresh it while the tab is visible.
    refetchInterval: (query) => (query.state.data && !isRunFinished(query.state.data.status) ? 15_000 : false),
  });

export function useRun(runId: number) {
  return useQuery(runQueryOptions(runId));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { isRunFinished, LIVE_REFRESH_MS } from './run-status';

export function getRun(runId: number, signal?: AbortSignal) {
  return getJson('Run', (init) => api.GET('/runs/{run_id}', { ...init, params: { path: { run_id: runId } } }), { signal });
}

export const runQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.detail(runId),
    queryFn: ({ signal }) => getRun(runId, signal),
    // A finished run never changes; a queued or running one refreshes while the tab is visible.
    staleTime: (query) => (query.state.data && isRunFinished(query.state.data.status) ? 5 * 60_000 : LIVE_REFRESH_MS),
    refetchInterval: (query) => (query.state.data && !isRunFinished(query.state.data.status) ? LIVE_REFRESH_MS : false),
  });

export function useRun(runId: number) {
  return useQuery(runQueryOptions(runId));
}

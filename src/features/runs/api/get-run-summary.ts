import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { isRunFinished, LIVE_REFRESH_MS } from './run-status';

export function getRunSummary(runId: number, signal?: AbortSignal) {
  return getJson('RunSummary', (init) => api.GET('/runs/{run_id}/summary', { ...init, params: { path: { run_id: runId } } }), { signal });
}

export const runSummaryQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.summary(runId),
    queryFn: ({ signal }) => getRunSummary(runId, signal),
    staleTime: (query) => (query.state.data && isRunFinished(query.state.data.status) ? 5 * 60_000 : LIVE_REFRESH_MS),
    refetchInterval: (query) => (query.state.data && !isRunFinished(query.state.data.status) ? LIVE_REFRESH_MS : false),
  });

export function useRunSummary(runId: number) {
  return useQuery(runSummaryQueryOptions(runId));
}

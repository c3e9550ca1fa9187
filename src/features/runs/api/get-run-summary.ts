import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getRunSummary(runId: number, signal?: AbortSignal) {
  return getJson(
    'RunSummary',
    (init) => api.GET('/runs/{run_id}/summary', { ...init, params: { path: { run_id: runId } } }),
    { signal },
  );
}

export const runSummaryQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.summary(runId),
    queryFn: ({ signal }) => getRunSummary(runId, signal),
    refetchInterval: (query) =>
      query.state.data && (query.state.data.status === 'running' || query.state.data.status === 'queued') ? 15_000 : false,
  });

export function useRunSummary(runId: number) {
  return useQuery(runSummaryQueryOptions(runId));
}

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { nextOffset } from '@/lib/pagination';
import { queryKeys, type RunsFilters } from '@/lib/query-keys';
import { isRunFinished } from './run-status';

export const RUNS_PAGE_SIZE = 50;

export function getRuns(filters: RunsFilters, offset: number, signal?: AbortSignal) {
  return getJson(
    'RunPage',
    (init) =>
      api.GET('/runs', {
        ...init,
        params: {
          query: {
            limit: RUNS_PAGE_SIZE,
            offset,
            status: filters.status,
            platform: filters.platform,
            branch: filters.branch,
            commit_sha: filters.commit_sha,
            ccx_version: filters.ccx_version,
          },
        },
      }),
    { signal },
  );
}

export const runsQueryOptions = (filters: RunsFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.runs.list(filters),
    queryFn: ({ pageParam, signal }) => getRuns(filters, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
  });

export function useRuns(filters: RunsFilters) {
  return useInfiniteQuery({
    ...runsQueryOptions(filters),
    // Queued or running runs refresh while the tab is visible.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.data.some((run) => !isRunFinished(run.status))) ? 15_000 : false,
  });
}

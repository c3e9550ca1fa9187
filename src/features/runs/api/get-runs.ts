import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { nextOffset } from '@/lib/pagination';
import { queryKeys, type RunsFilters } from '@/lib/query-keys';
import { isRunFinished, LIVE_REFRESH_MS } from './run-status';

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
    // Back from a run, the loaded pages show at once (scroll position kept) and refresh only after a minute.
    staleTime: 60_000,
  });

export function hasLiveRuns(pages: { data: { status: Parameters<typeof isRunFinished>[0] }[] }[] | undefined): boolean {
  return !!pages?.some((page) => page.data.some((run) => !isRunFinished(run.status)));
}

export function useRuns(filters: RunsFilters) {
  return useInfiniteQuery({
    ...runsQueryOptions(filters),
    // Queued or running runs refresh while the tab is visible (every loaded page: a run may sit on any of them).
    refetchInterval: (query) => (hasLiveRuns(query.state.data?.pages) ? LIVE_REFRESH_MS : false),
  });
}

import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { isRunFinished, LIVE_REFRESH_MS, type Run } from './run-status';

/** Runs per request: the API's largest page. */
export const SCAN_PAGE = 100;
/** Requests per look: the newest 300 runs at first, 300 older ones on each "Look through older runs". */
export const SCAN_PAGES = 3;

/** One look through the runs list: the pull request's runs in it, and how far it went. */
export type PullRequestScan = {
  runs: Run[];
  /** Runs looked at (malformed ones included). */
  looked: number;
  /** The creation time of the oldest run looked at. */
  oldest: string | null;
  /** Where a further look would start; null when the list has ended. */
  nextOffset: number | null;
};

/**
 * The API cannot filter runs by pull request: this pages through the runs list, newest first, up to SCAN_PAGES
 * requests from `offset`. A pull request's pushes sit close together, so once some of its runs were found, a whole
 * page without any ends the look early.
 */
export async function scanForPullRequest(prNumber: number, offset: number, signal?: AbortSignal): Promise<PullRequestScan> {
  const scan: PullRequestScan = { runs: [], looked: 0, oldest: null, nextOffset: offset };
  for (let pages = 0; pages < SCAN_PAGES && scan.nextOffset !== null; pages++) {
    const from: number = scan.nextOffset;
    const page = await getJson(
      'RunPage',
      (init) => api.GET('/runs', { ...init, params: { query: { limit: SCAN_PAGE, offset: from, sort: '-created_at' } } }),
      { signal },
    );
    const found = page.data.filter((run) => run.pr_number === prNumber);
    const foundBefore = scan.runs.length > 0;
    scan.runs.push(...found);
    scan.looked += page.data.length + page.malformed.length;
    scan.oldest = page.data.at(-1)?.created_at ?? scan.oldest;
    const next = page.pagination.next_offset;
    // A server whose offsets do not move on would be asked forever.
    scan.nextOffset = next !== null && next > from ? next : null;
    if (foundBefore && found.length === 0) break;
  }
  return scan;
}

export const pullRequestRunsQueryOptions = (prNumber: number) =>
  infiniteQueryOptions({
    queryKey: queryKeys.pullRequests.runs(prNumber),
    queryFn: ({ pageParam, signal }) => scanForPullRequest(prNumber, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last: PullRequestScan) => last.nextOffset ?? undefined,
    staleTime: 60_000,
  });

/** The newest 300 runs looked through at first; older ones on request. Refreshes while one of its runs is live. */
export function usePullRequestRuns(prNumber: number) {
  return useInfiniteQuery({
    ...pullRequestRunsQueryOptions(prNumber),
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.runs.some((run) => !isRunFinished(run.status))) ? LIVE_REFRESH_MS : false,
  });
}

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Run } from './run-status';

/** The branch every run is compared with by default (ui.md "Compared with the base run"). */
export const BASE_BRANCH = 'master';
/** How many of the newest earlier master runs to look through for a finished one. */
const CANDIDATES = 20;

/** A run whose results are final and complete enough to compare with: it passed or failed. */
export const isComparableBase = (run: Pick<Run, 'status'>) => run.status === 'pass' || run.status === 'fail';

/**
 * The newest finished run on master, same platform, created before this one (for a master run: the one before
 * it); null when there is none. One request.
 */
export async function findBaseRun(run: Run, signal?: AbortSignal): Promise<Run | null> {
  const page = await getJson(
    'RunPage',
    (init) =>
      api.GET('/runs', {
        ...init,
        params: {
          query: {
            branch: BASE_BRANCH,
            platform: run.platform,
            created_before: run.created_at ?? undefined,
            sort: run.created_at ? '-created_at' : '-run_id',
            limit: CANDIDATES,
          },
        },
      }),
    { signal },
  );
  // Without a creation time, "before" means an older id.
  const earlier = (candidate: Run) => candidate.run_id !== run.run_id && (run.created_at !== null || candidate.run_id < run.run_id);
  return page.data.find((candidate) => earlier(candidate) && isComparableBase(candidate)) ?? null;
}

/** Runs older than this one do not change: the answer is kept as long as the run is cached. */
export const baseRunQueryOptions = (runId: number, run: Run | undefined) =>
  queryOptions({
    queryKey: queryKeys.runs.base(runId),
    queryFn: run ? ({ signal }) => findBaseRun(run, signal) : skipToken,
    staleTime: 10 * 60_000,
  });

/** The default base of a run; waits for the run, and asks nothing when the URL chose a base (`?base=`). */
export function useDefaultBaseRun(runId: number, run: Run | undefined, wanted: boolean) {
  return useQuery(baseRunQueryOptions(runId, wanted ? run : undefined));
}

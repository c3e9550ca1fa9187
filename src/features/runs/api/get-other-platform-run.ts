import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Run } from './run-status';

/** The other of the platform's two test machines. */
export const otherPlatform = (platform: Run['platform']) => (platform === 'windows' ? 'linux' : 'windows');

/** The newest run of the same commit on the other platform (every commit is normally tested on both); null if none. */
export async function findOtherPlatformRun(run: Run, signal?: AbortSignal): Promise<Run | null> {
  const page = await getJson(
    'RunPage',
    (init) =>
      api.GET('/runs', {
        ...init,
        params: { query: { commit_sha: run.commit_sha, platform: otherPlatform(run.platform), sort: '-created_at', limit: 5 } },
      }),
    { signal },
  );
  return page.data.find((candidate) => candidate.run_id !== run.run_id && candidate.commit_sha === run.commit_sha) ?? null;
}

export const otherPlatformRunQueryOptions = (runId: number, run: Run | undefined) =>
  queryOptions({
    queryKey: queryKeys.runs.otherPlatform(runId),
    queryFn: run ? ({ signal }) => findOtherPlatformRun(run, signal) : skipToken,
    staleTime: 10 * 60_000,
  });

/** Asked for only when wanted (the output screen's "Compare with" opens or names it). */
export function useOtherPlatformRun(runId: number, run: Run | undefined, wanted: boolean) {
  return useQuery(otherPlatformRunQueryOptions(runId, wanted ? run : undefined));
}

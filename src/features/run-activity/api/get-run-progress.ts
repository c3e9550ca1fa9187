import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson, type MalformedItem, type Schemas } from '@/lib/api-client';
import { collectPages } from '@/lib/pagination';
import { queryKeys } from '@/lib/query-keys';

export type ProgressEvent = Schemas['ProgressEvent'];
export type RunProgress = { events: ProgressEvent[]; malformed: MalformedItem[]; complete: boolean };

/** How often a queued or running run's progress is read again while the tab is visible (the run's own pace). */
export const PROGRESS_REFRESH_MS = 15_000;

/** Every progress event of a run, oldest first (as the API sends them): a run has a handful, pages of 100. */
export async function getRunProgress(runId: number, signal?: AbortSignal): Promise<RunProgress> {
  const malformed: MalformedItem[] = [];
  const { items, complete } = await collectPages(async (offset) => {
    const page = await getJson(
      'ProgressPage',
      (init) => api.GET('/runs/{run_id}/progress', { ...init, params: { path: { run_id: runId }, query: { limit: 100, offset } } }),
      { signal },
    );
    malformed.push(...page.malformed);
    return page;
  }, 2_000);
  return { events: items, malformed, complete };
}

export const runProgressQueryOptions = (runId: number, live: boolean) =>
  queryOptions({
    queryKey: queryKeys.runs.progress(runId),
    queryFn: ({ signal }) => getRunProgress(runId, signal),
    staleTime: live ? PROGRESS_REFRESH_MS : 5 * 60_000,
    // Only while the run is queued or running, and (React Query's default) only while the tab is visible.
    refetchInterval: live ? PROGRESS_REFRESH_MS : false,
  });

export function useRunProgress(runId: number, live: boolean, enabled = true) {
  return useQuery({ ...runProgressQueryOptions(runId, live), enabled });
}

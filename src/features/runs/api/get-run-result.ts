import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys } from '@/lib/query-keys';
import type { RunSample } from '@/lib/result-status';

/**
 * One regression test's result in a run, or null when the run has none for it (the API's 404: a test the run did not
 * list, or did not run). The path's second id is a regression test id, not a sample id as in the file routes.
 */
export async function getRunResult(runId: number, regressionId: number, signal?: AbortSignal): Promise<RunSample | null> {
  try {
    return await getJson(
      'RunSample',
      (init) =>
        api.GET('/runs/{run_id}/samples/{regression_test_id}', {
          ...init,
          params: { path: { run_id: runId, regression_test_id: regressionId } },
        }),
      { signal },
    );
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The output screen's own result: one small request beside the run's (possibly many) pages of results. */
export const runResultQueryOptions = (runId: number, regressionId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.result(runId, regressionId),
    queryFn: ({ signal }) => getRunResult(runId, regressionId, signal),
    staleTime: 5 * 60_000,
  });

/** Not asked when `known`: the run's results are in already, and say whether they hold it. */
export function useRunResult(runId: number, regressionId: number, known = false) {
  return useQuery({ ...runResultQueryOptions(runId, regressionId), enabled: !known });
}

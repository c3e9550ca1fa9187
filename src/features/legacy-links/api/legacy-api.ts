// The few reads that turn an old sample-platform link into a screen of this viewer. This feature keeps its own
// small fetchers: features never import each other, and these ask for one page of one result, no more.
import { api, getJson, type Schemas } from '@/lib/api-client';

export type Run = Schemas['Run'];
export type RunPage = Schemas['RunPage'];
export type RegressionTest = Schemas['RegressionTest'];
export type HistoryEntry = Schemas['HistoryPage']['data'][number];

export type RunsQuery = {
  commit_sha?: string;
  ccx_version?: string;
  branch?: string;
  platform?: Run['platform'];
  repository?: string;
  limit: number;
};

/** A page of runs, newest first. */
export function findRuns(query: RunsQuery, signal?: AbortSignal): Promise<RunPage> {
  return getJson('RunPage', (init) => api.GET('/runs', { ...init, params: { query: { ...query, sort: '-created_at' } } }), { signal });
}

export function getRegressionTest(regressionTestId: number, signal?: AbortSignal): Promise<RegressionTest> {
  return getJson(
    'RegressionTest',
    (init) => api.GET('/regression-tests/{regression_test_id}', { ...init, params: { path: { regression_test_id: regressionTestId } } }),
    { signal },
  );
}

/** The newest result of a sample (of one of its regression tests when given): the run that tested it last. */
export async function latestSampleResult(
  sampleId: number,
  regressionTestId: number | undefined,
  signal?: AbortSignal,
): Promise<HistoryEntry | null> {
  const page = await getJson(
    'HistoryPage',
    (init) =>
      api.GET('/samples/{sample_id}/history', {
        ...init,
        params: { path: { sample_id: sampleId }, query: { limit: 1, regression_test_id: regressionTestId } },
      }),
    { signal },
  );
  return page.data[0] ?? null;
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson, type Schemas } from '@/lib/api-client';

export type RegressionTest = Schemas['RegressionTest'];
import { queryKeys } from '@/lib/query-keys';

export function getRegressionTest(regressionTestId: number, signal?: AbortSignal) {
  return getJson(
    'RegressionTest',
    (init) =>
      api.GET('/regression-tests/{regression_test_id}', {
        ...init,
        params: { path: { regression_test_id: regressionTestId } },
      }),
    { signal },
  );
}

export const regressionTestQueryOptions = (regressionTestId: number) =>
  queryOptions({
    queryKey: queryKeys.regressionTests.detail(regressionTestId),
    queryFn: ({ signal }) => getRegressionTest(regressionTestId, signal),
    staleTime: 10 * 60_000,
  });

export function useRegressionTest(regressionTestId: number, enabled = true) {
  return useQuery({ ...regressionTestQueryOptions(regressionTestId), enabled });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Where the regression test's expected file of an output is stored: on the platform's own server the only way to
 * the expected file of a missing output, whose file routes all answer 404 there.
 */
export function getBaselineDownload(regressionId: number, outputId: number, signal?: AbortSignal) {
  return getJson(
    'FileDownload',
    (init) =>
      api.GET('/regression-tests/{regression_test_id}/outputs/{output_id}/download', {
        ...init,
        params: { path: { regression_test_id: regressionId, output_id: outputId } },
      }),
    { signal },
  );
}

export const baselineDownloadQueryOptions = (regressionId: number, outputId: number) =>
  queryOptions({
    queryKey: queryKeys.regressionTests.download(regressionId, outputId),
    queryFn: ({ signal }) => getBaselineDownload(regressionId, outputId, signal),
    // A signed URL: valid for a while, not for ever.
    staleTime: 5 * 60_000,
  });

export function useBaselineDownload(regressionId: number, outputId: number, enabled: boolean) {
  return useQuery({ ...baselineDownloadQueryOptions(regressionId, outputId), enabled });
}

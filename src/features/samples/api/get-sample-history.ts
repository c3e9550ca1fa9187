import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The sample's last 100 results across runs, newest first. */
export function getSampleHistory(sampleId: number, signal?: AbortSignal) {
  return getJson(
    'HistoryPage',
    (init) =>
      api.GET('/samples/{sample_id}/history', { ...init, params: { path: { sample_id: sampleId }, query: { limit: 100 } } }),
    { signal },
  );
}

export const sampleHistoryQueryOptions = (sampleId: number) =>
  queryOptions({
    queryKey: queryKeys.samples.history(sampleId),
    queryFn: ({ signal }) => getSampleHistory(sampleId, signal),
    staleTime: 60_000,
  });

export function useSampleHistory(sampleId: number, enabled = true) {
  return useQuery({ ...sampleHistoryQueryOptions(sampleId), enabled });
}

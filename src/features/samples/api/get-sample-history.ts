import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Results per page of a sample's history: about 30 runs of a sample with three regression tests. */
export const HISTORY_PAGE = 100;

/** A page of the sample's results across runs, newest first. */
export function getSampleHistory(sampleId: number, offset: number, signal?: AbortSignal) {
  return getJson(
    'HistoryPage',
    (init) =>
      api.GET('/samples/{sample_id}/history', {
        ...init,
        params: { path: { sample_id: sampleId }, query: { limit: HISTORY_PAGE, offset } },
      }),
    { signal },
  );
}

/** The latest page first; older ones on request ("Load older results"). */
export const sampleHistoryQueryOptions = (sampleId: number) =>
  infiniteQueryOptions({
    queryKey: queryKeys.samples.history(sampleId),
    queryFn: ({ signal, pageParam }) => getSampleHistory(sampleId, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => last.pagination.next_offset ?? undefined,
    staleTime: 60_000,
  });

export function useSampleHistory(sampleId: number, enabled = true) {
  return useInfiniteQuery({ ...sampleHistoryQueryOptions(sampleId), enabled });
}

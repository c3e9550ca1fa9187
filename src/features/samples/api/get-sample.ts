import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function getSample(sampleId: number, signal?: AbortSignal) {
  return getJson('Sample', (init) => api.GET('/samples/{sample_id}', { ...init, params: { path: { sample_id: sampleId } } }), {
    signal,
  });
}

export const sampleQueryOptions = (sampleId: number) =>
  queryOptions({
    queryKey: queryKeys.samples.detail(sampleId),
    queryFn: ({ signal }) => getSample(sampleId, signal),
    staleTime: 10 * 60_000,
  });

export function useSample(sampleId: number) {
  return useQuery(sampleQueryOptions(sampleId));
}

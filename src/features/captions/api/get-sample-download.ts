import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** Where the sample's media file is stored: a signed URL on another origin, or null when only the platform's disk has it. */
export function getSampleDownload(sampleId: number, signal?: AbortSignal) {
  return getJson(
    'FileDownload',
    (init) => api.GET('/samples/{sample_id}/download', { ...init, params: { path: { sample_id: sampleId } } }),
    { signal },
  );
}

export const sampleDownloadQueryOptions = (sampleId: number) =>
  queryOptions({
    queryKey: queryKeys.samples.download(sampleId),
    queryFn: ({ signal }) => getSampleDownload(sampleId, signal),
    // A signed URL: valid for a while, not for ever. Asked again when the player opens after that.
    staleTime: 5 * 60_000,
  });

/** Asked only once "Play with video" is pressed. */
export function useSampleDownload(sampleId: number) {
  return useQuery(sampleDownloadQueryOptions(sampleId));
}

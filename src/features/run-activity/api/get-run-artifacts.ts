import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson, type Schemas } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Artifact = Schemas['Artifact'];

/** `GET /runs/{id}/artifacts`: the run's stored files (one page of 100: a run has a dozen or so). */
export function getRunArtifacts(runId: number, signal?: AbortSignal) {
  return getJson(
    'ArtifactPage',
    (init) => api.GET('/runs/{run_id}/artifacts', { ...init, params: { path: { run_id: runId }, query: { limit: 100 } } }),
    { signal },
  );
}

export const runArtifactsQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.artifacts(runId),
    queryFn: ({ signal }) => getRunArtifacts(runId, signal),
    // Its download URLs are signed for a limited time.
    staleTime: 5 * 60_000,
  });

export function useRunArtifacts(runId: number, enabled = true) {
  return useQuery({ ...runArtifactsQueryOptions(runId), enabled });
}

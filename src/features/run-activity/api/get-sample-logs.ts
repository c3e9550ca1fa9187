import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, getJson, type Schemas } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type LogLine = Schemas['LogLine'];
export type LogLevel = Schemas['LogLevel'];
export type LogPage = Schemas['LogLines'];

/** Lines per request: the API's page limit. */
export const LOG_PAGE = 100;

/**
 * `GET /runs/{r}/samples/{s}/logs` (scope system:read): cursor pages, the newest lines first; `next_cursor` names
 * the older ones. `level`: one level, or undefined for all.
 */
export function getSampleLogs(runId: number, sampleId: number, level: LogLevel | undefined, cursor: number | null, signal?: AbortSignal) {
  return getJson(
    'LogLines',
    (init) =>
      api.GET('/runs/{run_id}/samples/{sample_id}/logs', {
        ...init,
        params: {
          path: { run_id: runId, sample_id: sampleId },
          query: { limit: LOG_PAGE, ...(level ? { level } : {}), ...(cursor !== null ? { cursor } : {}) },
        },
      }),
    { signal },
  );
}

export const sampleLogsQueryOptions = (runId: number, sampleId: number, level: LogLevel | undefined) =>
  infiniteQueryOptions({
    queryKey: queryKeys.runs.logs(runId, sampleId, level ?? 'all'),
    queryFn: ({ signal, pageParam }) => getSampleLogs(runId, sampleId, level, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.pagination.next_cursor ?? undefined,
    staleTime: 5 * 60_000,
  });

/** A sample's log, from its newest lines; older pages on request ("Load older lines"). */
export function useSampleLogs(runId: number, sampleId: number, level: LogLevel | undefined, enabled: boolean) {
  return useInfiniteQuery({ ...sampleLogsQueryOptions(runId, sampleId, level), enabled });
}

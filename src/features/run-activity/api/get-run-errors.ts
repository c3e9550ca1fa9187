import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, getJson, type Schemas } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type ErrorGroup = Schemas['ErrorGroup'];
export type RunError = Schemas['RunError'];
export type RunErrorType = Schemas['RunErrorType'];

/** `GET /runs/{id}/error-summary?group_by=type`: the run's errors counted by type (one page: a dozen types at most). */
export function getErrorSummary(runId: number, signal?: AbortSignal) {
  return getJson(
    'ErrorGroupPage',
    (init) => api.GET('/runs/{run_id}/error-summary', { ...init, params: { path: { run_id: runId }, query: { group_by: 'type' } } }),
    { signal },
  );
}

export const errorSummaryQueryOptions = (runId: number) =>
  queryOptions({
    queryKey: queryKeys.runs.errorSummary(runId),
    queryFn: ({ signal }) => getErrorSummary(runId, signal),
    staleTime: 5 * 60_000,
  });

export function useErrorSummary(runId: number, enabled = true) {
  return useQuery({ ...errorSummaryQueryOptions(runId), enabled });
}

const PAGE = 100;

/** `GET /runs/{id}/errors?type=…`: one page of a type's errors. */
export function getRunErrors(runId: number, type: string, offset: number, signal?: AbortSignal) {
  return getJson(
    'RunErrorPage',
    (init) =>
      api.GET('/runs/{run_id}/errors', {
        ...init,
        params: { path: { run_id: runId }, query: { type: type as RunErrorType, limit: PAGE, offset } },
      }),
    { signal },
  );
}

export const runErrorsQueryOptions = (runId: number, type: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.runs.errors(runId, type),
    queryFn: ({ signal, pageParam }) => getRunErrors(runId, type, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => last.pagination.next_offset ?? undefined,
    staleTime: 5 * 60_000,
  });

/** A type's errors, read when its group is opened; more pages on request. */
export function useRunErrors(runId: number, type: string, enabled: boolean) {
  return useInfiniteQuery({ ...runErrorsQueryOptions(runId, type), enabled });
}

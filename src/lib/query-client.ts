import { QueryClient } from '@tanstack/react-query';
import { isApiError, isRetryable, type ApiError } from './api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError | Error;
  }
}

/** At most 3 automatic retries after a 429, each after its Retry-After. */
export const MAX_RATE_LIMIT_RETRIES = 3;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isRetryable(error)) return false;
  if (isApiError(error) && error.code === 'rate_limited') return failureCount < MAX_RATE_LIMIT_RETRIES;
  return failureCount < 2;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfter !== undefined) return error.retryAfter * 1000;
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * An observer that mounts while its query waits out a retry (a route loader's prefetch met a 429 before the screen's
 * code arrived) starts from React Query's optimistic result, which resets the failure reason, and nothing renders
 * it again until the retry answers: the screen would say "Loading…" for the whole Retry-After. Re-emitting the
 * query's state when such an observer arrives gives it the real reason ("Rate limited" and its countdown).
 */
export function showWaitsToNewObservers(queryClient: QueryClient): QueryClient {
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'observerAdded') return;
    const { query } = event;
    if (query.state.fetchFailureReason && query.state.fetchStatus !== 'idle') queueMicrotask(() => query.setState({ ...query.state }));
  });
  return queryClient;
}

export function createQueryClient() {
  return showWaitsToNewObservers(
    new QueryClient({
      defaultOptions: {
        queries: {
          staleTime: 30_000,
          gcTime: 10 * 60_000,
          retry: shouldRetry,
          retryDelay,
          // A screen that mounts after its prefetch failed (lazy route code) asks again only when asking again can help:
          // an invalid answer, a 404 or a 403 would come back the same, and the user has Retry.
          retryOnMount: (query) => isRetryable(query.state.error),
          refetchOnWindowFocus: false,
        },
        // A write (approve a baseline, run again, cancel) is never sent again by itself, not even after a network
        // failure: the user is told what happened and decides. `always`: offline, it fails at once instead of
        // waiting paused and going out later on its own.
        mutations: { retry: false, networkMode: 'always' },
      },
    }),
  );
}

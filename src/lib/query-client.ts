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

export function createQueryClient() {
  return new QueryClient({
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
    },
  });
}

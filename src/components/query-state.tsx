import type { ReactNode } from 'react';
import { isApiError, type ApiError } from '@/lib/api-error';
import { ErrorState, RateLimited } from './error-state';

/** The parts of a (possibly infinite) query result this needs. */
export type QueryLike<T> = {
  data: T | undefined;
  isError: boolean;
  error: Error | null;
  failureReason: Error | null;
  refetch: () => Promise<unknown>;
};

type Props<T> = {
  query: QueryLike<T>;
  /** What is loading, in words: "the run". */
  what: string;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
};

/** Loading, rate-limit countdown while retrying, error with Retry, or the data. */
export function QueryState<T>({ query, what, loading, children }: Props<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError && query.error) return <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />;
  const reason = rateLimitOf(query);
  if (reason) return <RateLimited error={reason} retrying />;
  return <>{loading ?? <Loading what={what} />}</>;
}

/** The 429 a query is waiting out (React Query keeps it as the failure reason until the retry answers). */
export function rateLimitOf(query: { data?: unknown; failureReason?: Error | null }): ApiError | undefined {
  const reason = query.failureReason;
  return query.data === undefined && isApiError(reason) && reason.code === 'rate_limited' ? reason : undefined;
}

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

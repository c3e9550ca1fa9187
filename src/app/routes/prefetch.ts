// Route loaders start the fetches a screen needs. On hover or focus (router preload) they spend from a small
// budget, so sweeping the mouse over a list cannot eat the API's 120 reads a minute.
import type { FetchInfiniteQueryOptions, FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { useRateLimit } from '@/lib/rate-limit';

const WINDOW_MS = 60_000;
/** Reads that hover prefetching may spend in any minute: a third of the API's limit. */
export const PRELOAD_BUDGET = 40;
/** Below this many reads left in the server's window, hovering prefetches nothing. */
export const PRELOAD_RESERVE = 30;

let spent: number[] = [];

/** Takes `cost` reads from the hover budget, or returns false when they would overspend it. */
export function takePreloadBudget(cost: number, now = Date.now()): boolean {
  spent = spent.filter((at) => now - at < WINDOW_MS);
  const { remaining } = useRateLimit.getState();
  if (remaining !== null && remaining < PRELOAD_RESERVE + cost) return false;
  if (spent.length + cost > PRELOAD_BUDGET) return false;
  for (let i = 0; i < cost; i++) spent.push(now);
  return true;
}

export function resetPreloadBudget() {
  spent = [];
}

export type Warm = { queryClient: QueryClient; preload: boolean };

/** One query a screen needs: its key, its cost in API reads, and how to start it. */
export type WarmEntry = { queryKey: QueryKey; cost: number; start: (client: QueryClient) => Promise<void> };

export function query<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  cost = 1,
): WarmEntry {
  return { queryKey: options.queryKey, cost, start: (client) => client.prefetchQuery(options) };
}

export function infiniteQuery<TQueryFnData, TError, TData, TQueryKey extends QueryKey, TPageParam>(
  options: FetchInfiniteQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>,
  cost = 1,
): WarmEntry {
  return { queryKey: options.queryKey, cost, start: (client) => client.prefetchInfiniteQuery(options) };
}

/** Whether a query must load: not when it has data (its screen refreshes stale data itself) or is loading. */
function needsFetch(queryClient: QueryClient, queryKey: QueryKey): boolean {
  const state = queryClient.getQueryState(queryKey);
  return !state || (state.data === undefined && state.fetchStatus !== 'fetching');
}

/**
 * Starts the queries a screen needs that are not in the cache yet. A navigation loads them all; a hover only
 * when the whole set fits the budget (a half-prefetched screen would save little).
 */
export function warm({ queryClient, preload }: Warm, entries: WarmEntry[]) {
  const missing = entries.filter((entry) => needsFetch(queryClient, entry.queryKey));
  if (missing.length === 0) return;
  if (preload && !takePreloadBudget(missing.reduce((sum, entry) => sum + entry.cost, 0))) return;
  for (const entry of missing) void entry.start(queryClient);
}

import { useEffect, useState } from 'react';

/** What of a query tells whether its answer is still on its way. */
export type Arriving = { isPending: boolean; fetchStatus: string; failureCount: number };

/** How long a screen waits for its facts before it is drawn without them. */
export const FACTS_WAIT_MS = 5000;

/**
 * True once none of `queries` is on its first attempt any more (answered, failed, paused offline or waiting out a
 * retry) or after `FACTS_WAIT_MS`; it stays true, so a refetch never takes the screen away.
 */
export function useFactsIn(queries: readonly Arriving[], waitMs = FACTS_WAIT_MS): boolean {
  const waiting = queries.some((q) => q.isPending && q.fetchStatus === 'fetching' && q.failureCount === 0);
  const [shown, setShown] = useState(!waiting);
  if (!waiting && !shown) setShown(true);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => setShown(true), waitMs);
    return () => clearTimeout(timer);
  }, [shown, waitMs]);
  return shown;
}

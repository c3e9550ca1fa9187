import { useMemo } from 'react';
import { useRunResults } from '../api/get-run-results';
import { locateFailure, outputStops, type FailurePosition } from '../failure-order';

/**
 * Where an output sits among its run's failures (null while the results load), for the navigator's links and the
 * `n` / `p` keys. It reads the run's results from the cache the output screen already fills.
 */
export function useFailurePosition(runId: number, current: { regressionId: number; outputId: number }) {
  const results = useRunResults(runId);
  const stops = useMemo(() => (results.data ? outputStops(results.data.items) : null), [results.data]);
  const { regressionId, outputId } = current;
  const position = useMemo<FailurePosition | null>(
    () => (stops ? locateFailure(stops, { regressionId, outputId }) : null),
    [stops, regressionId, outputId],
  );
  return { position, results };
}

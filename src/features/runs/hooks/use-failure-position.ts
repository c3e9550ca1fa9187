import { useMemo } from 'react';
import { useRunResults } from '../api/get-run-results';
import type { RunSample } from '@/lib/result-status';
import { locateFailure, outputStops, type FailurePosition, type OutputStop } from '../failure-order';

/** The stops of one results list, computed once for the navigator and the `n` / `p` keys alike. */
const stopsOfResults = new WeakMap<RunSample[], OutputStop[]>();

function stopsOf(results: RunSample[]): OutputStop[] {
  let stops = stopsOfResults.get(results);
  if (!stops) {
    stops = outputStops(results);
    stopsOfResults.set(results, stops);
  }
  return stops;
}

/**
 * Where an output sits among its run's failures (null while the results load), for the navigator's links and the
 * `n` / `p` keys. It reads the run's results from the cache the output screen already fills.
 */
export function useFailurePosition(runId: number, current: { regressionId: number; outputId: number }) {
  const results = useRunResults(runId);
  const stops = results.data ? stopsOf(results.data.items) : null;
  const { regressionId, outputId } = current;
  const position = useMemo<FailurePosition | null>(
    () => (stops ? locateFailure(stops, { regressionId, outputId }) : null),
    [stops, regressionId, outputId],
  );
  return { position, results };
}

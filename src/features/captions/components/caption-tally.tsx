import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { CaptionSummary } from '../lib/caption-summary';
import { tallySentence, tallyVerdicts } from '../lib/tally';
import './captions.css';
import './caption-labels.css';

type Props = { outputs: readonly OutputRef[] };

/** What the run's failing caption outputs are, from the verdicts known so far (it fetches nothing itself). */
export function CaptionTally({ outputs }: Props) {
  const sentence = useCachedTally(outputs);
  if (outputs.length === 0) return null;
  return <p className="caption-tally muted">{sentence}.</p>;
}

/**
 * The tally of the verdicts in the query cache, kept current by one cache subscription. A run can have a thousand
 * failing caption outputs: an observer for each (useQueries) cost ~100 ms of key hashing on every render, so the
 * cache's verdicts are read instead, and matched to the outputs by run and output id.
 */
function useCachedTally(outputs: readonly OutputRef[]): string {
  const cache = useQueryClient().getQueryCache();
  const store = useMemo(() => tallyStore(cache, outputs), [cache, outputs]);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}

function tallyStore(cache: QueryCache, outputs: readonly OutputRef[]) {
  const wanted = new Set(outputs.map(({ runId, outputId }) => `${runId}/${outputId}`));
  const isWanted = (key: readonly unknown[]) => {
    const output = queryKeys.captions.verdictOutput(key);
    return output !== null && wanted.has(`${output.runId}/${output.outputId}`);
  };
  let sentence: string | undefined;
  return {
    subscribe: (onChange: () => void) =>
      cache.subscribe((event) => {
        // Observers coming and going change no verdict.
        if (event.type.startsWith('observer') || !isWanted(event.query.queryKey)) return;
        sentence = undefined;
        onChange();
      }),
    read: () => {
      if (sentence !== undefined) return sentence;
      const known = cache
        .getAll()
        .filter((query) => query.state.data !== undefined && isWanted(query.queryKey))
        .map((query) => query.state.data as CaptionSummary | null);
      const unknown: undefined[] = Array.from({ length: outputs.length - known.length });
      sentence = tallySentence(tallyVerdicts([...known, ...unknown]));
      return sentence;
    },
  };
}

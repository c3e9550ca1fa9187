import { hashKey, useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { CaptionSummary } from '../lib/caption-summary';
import { tallySentence, tallyVerdicts } from '../lib/tally';
import './captions.css';

type Props = { outputs: readonly OutputRef[] };

/** What the run's failing caption outputs are, from the verdicts known so far (it fetches nothing itself). */
export function CaptionTally({ outputs }: Props) {
  const sentence = useCachedTally(outputs);
  if (outputs.length === 0) return null;
  return <p className="caption-tally muted">{sentence}.</p>;
}

/**
 * The tally of the verdicts in the query cache, kept current by one cache subscription. A run can have a thousand
 * failing caption outputs: an observer for each (useQueries) cost ~100 ms of hashing on every render.
 */
function useCachedTally(outputs: readonly OutputRef[]): string {
  const cache = useQueryClient().getQueryCache();
  const store = useMemo(() => tallyStore(cache, outputs), [cache, outputs]);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}

function tallyStore(cache: QueryCache, outputs: readonly OutputRef[]) {
  const hashes = outputs.map((ref) => hashKey(queryKeys.captions.verdict(ref)));
  const watched = new Set(hashes);
  let sentence: string | undefined;
  return {
    subscribe: (onChange: () => void) =>
      cache.subscribe((event) => {
        // Observers coming and going change no verdict.
        if (!watched.has(event.query.queryHash) || event.type.startsWith('observer')) return;
        sentence = undefined;
        onChange();
      }),
    read: () => (sentence ??= tallySentence(tallyVerdicts(hashes.map((hash) => cache.get<CaptionSummary | null>(hash)?.state.data)))),
  };
}

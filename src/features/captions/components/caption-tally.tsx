import { skipToken, useQueries } from '@tanstack/react-query';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { CaptionSummary } from '../lib/caption-summary';
import { tallySentence, tallyVerdicts } from '../lib/tally';
import './captions.css';

type Props = { outputs: readonly OutputRef[] };

/** What the run's failing caption outputs are, from the verdicts known so far (it fetches nothing itself). */
export function CaptionTally({ outputs }: Props) {
  const verdicts = useQueries({
    queries: outputs.map((ref) => ({ queryKey: queryKeys.captions.verdict(ref), queryFn: skipToken, staleTime: Infinity })),
    combine: (results) => results.map((r) => r.data as CaptionSummary | null | undefined),
  });
  if (outputs.length === 0) return null;
  return <p className="caption-tally muted">{tallySentence(tallyVerdicts(verdicts))}.</p>;
}

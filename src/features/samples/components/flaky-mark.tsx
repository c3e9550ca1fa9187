import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useRef } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { useLookedAt } from '@/hooks/use-looked-at';
import { sampleHistoryQueryOptions, useSampleHistory } from '../api/get-sample-history';
import { flakyEvidence } from '../flaky';
import type { HistoryEntry } from '../history-summary';

type Props = { sampleId: number; regressionIds: readonly number[]; platform: string };
type HistoryEntries = readonly HistoryEntry[];

/**
 * "flaky" beside a failing row of a run, with what shows it. The sample's history (one read) is asked for only
 * once the row has stayed on screen a moment: a run has ~240 results, the API allows 120 reads a minute, and a
 * scroll sweeps past dozens of rows.
 */
export function FlakyMark(props: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const looked = useLookedAt(ref);
  return (
    <span ref={ref} className="flaky-mark">
      {looked ? <LiveFlakyMark {...props} /> : <KnownFlakyMark {...props} />}
    </span>
  );
}

/** On screen: the history's query (react-query cancels it when the row leaves before it arrived). */
function LiveFlakyMark({ sampleId, ...rest }: Props) {
  const history = useSampleHistory(sampleId);
  return <Evidence entries={history.data?.pages[0]?.data} {...rest} />;
}

/** Off screen, or not yet looked at: what is known already, read once (a query per row costs a list's render). */
function KnownFlakyMark({ sampleId, ...rest }: Props) {
  const known = useQueryClient().getQueryData<InfiniteData<{ data: HistoryEntries }>>(sampleHistoryQueryOptions(sampleId).queryKey);
  return <Evidence entries={known?.pages[0]?.data} {...rest} />;
}

function Evidence({ entries, regressionIds, platform }: Omit<Props, 'sampleId'> & { entries: HistoryEntries | undefined }) {
  const evidence = entries ? regressionIds.map((id) => flakyEvidence(entries, id, platform)).find((found) => found !== null) : null;
  if (!evidence) return null;
  return (
    <StatusBadge tone="warn" title={`Flaky: ${evidence}`}>
      flaky<span className="sr-only">: {evidence}</span>
    </StatusBadge>
  );
}

import { useRef } from 'react';
import { StatusBadge } from '@/components/status-badge';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { useSampleHistory } from '../api/get-sample-history';
import { flakyEvidence } from '../flaky';

type Props = { sampleId: number; regressionIds: readonly number[]; platform: string };

/**
 * "flaky" beside a failing row of a run, with what shows it. The sample's history (one read) is asked for only
 * when the row comes near the screen: a run has ~240 results and the API allows 120 reads a minute.
 */
export function FlakyMark({ sampleId, regressionIds, platform }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const near = useNearViewport(ref, '200px 0px');
  const history = useSampleHistory(sampleId, near);
  const entries = history.data?.pages[0]?.data;
  const evidence = entries ? regressionIds.map((id) => flakyEvidence(entries, id, platform)).find((found) => found !== null) : null;
  return (
    <span ref={ref} className="flaky-mark">
      {evidence && (
        <StatusBadge tone="warn" title={`Flaky: ${evidence}`}>
          flaky<span className="sr-only">: {evidence}</span>
        </StatusBadge>
      )}
    </span>
  );
}

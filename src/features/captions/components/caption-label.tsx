import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { visibleText } from '@/lib/invisible-chars';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import { useCaptionVerdict, type LoadCaptionTexts } from '../hooks/use-caption-verdict';
import './captions.css';

type Props = { outputRef: OutputRef; filename: string; load: LoadCaptionTexts };

/** The verdict kind of one failing caption output ("timing shift +33 ms"), worked out only while it is on screen. */
export function CaptionLabel({ outputRef, filename, load }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const visible = useNearViewport(ref, '0px', { once: false, assumeNear: false });
  const query = useCaptionVerdict(outputRef, filename, load, visible);
  const queryClient = useQueryClient();
  const { runId, sampleId, regressionId, outputId } = outputRef;
  useEffect(() => {
    // Scrolled away before its turn: leave the queue rather than download files nobody looks at.
    if (!visible) void queryClient.cancelQueries({ queryKey: queryKeys.captions.verdict({ runId, sampleId, regressionId, outputId }), exact: true });
  }, [visible, queryClient, runId, sampleId, regressionId, outputId]);
  return (
    <span ref={ref} className="caption-label">
      {query.data ? (
        <span className="tag" title={visibleText(query.data.sentence)}>
          <span className="sr-only">Captions: </span>
          {query.data.label}
        </span>
      ) : query.fetchStatus === 'fetching' ? (
        <span className="caption-label--pending">classifying…</span>
      ) : null}
    </span>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useLookedAt } from '@/hooks/use-looked-at';
import { visibleText } from '@/lib/invisible-chars';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import { useCaptionVerdict, type LoadCaptionTexts } from '../hooks/use-caption-verdict';
import type { CaptionSummary } from '../lib/caption-summary';
import './captions.css';

type Props = { outputRef: OutputRef; filename: string; load: LoadCaptionTexts };

/** The verdict kind of one failing caption output ("timing shift +33 ms"), worked out only while it is on screen. */
export function CaptionLabel({ outputRef, filename, load }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  // Two downloads of the token's 120 reads a minute: only for outputs the user stops at, not those scrolled past.
  const looked = useLookedAt(ref, { assumeOnScreen: false });
  return (
    <span ref={ref} className="caption-label">
      {looked ? <LiveVerdict outputRef={outputRef} filename={filename} load={load} /> : <CachedVerdict outputRef={outputRef} />}
    </span>
  );
}

/**
 * On screen: the verdict's query. Scrolled away before its files arrived, the query loses its last observer and
 * react-query cancels the download (the query function passes its signal on).
 */
function LiveVerdict({ outputRef, filename, load }: Props) {
  const query = useCaptionVerdict(outputRef, filename, load);
  if (query.data) return <VerdictTag verdict={query.data} />;
  return query.fetchStatus === 'fetching' ? <span className="caption-label--pending">classifying…</span> : null;
}

/** Off screen: what is known already, read once. A list mounts hundreds of these; a query each costs ~0.5 ms. */
function CachedVerdict({ outputRef }: { outputRef: OutputRef }) {
  const verdict = useQueryClient().getQueryData<CaptionSummary | null>(queryKeys.captions.verdict(outputRef));
  return verdict ? <VerdictTag verdict={verdict} /> : null;
}

function VerdictTag({ verdict }: { verdict: CaptionSummary }) {
  return (
    <span className="tag" title={visibleText(verdict.sentence)}>
      <span className="sr-only">Captions: </span>
      {verdict.label}
    </span>
  );
}

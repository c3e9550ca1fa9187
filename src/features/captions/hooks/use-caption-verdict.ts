import { useQuery } from '@tanstack/react-query';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { CaptionSummary } from '../lib/caption-summary';
import { createLimiter } from '../lib/limiter';
import { runCaptionSummary } from '../lib/run-caption-diff';

/** Both files of an output as text, or why there is nothing to classify (a file cut at 1 MiB, binary, lost). */
export type CaptionTexts = { kind: 'texts'; expected: string; actual: string } | { kind: 'unavailable'; reason: string };

/** Fetches and decodes an output's files: given by the app, which owns the file routes. */
export type LoadCaptionTexts = (ref: OutputRef, signal: AbortSignal) => Promise<CaptionTexts>;

/** Lists classify a few outputs at a time, whatever is on screen: each costs two file downloads. */
export const VERDICT_CONCURRENCY = 2;
const limit = createLimiter(VERDICT_CONCURRENCY);

/** The verdict of one output, null when its files cannot be classified: fetched at most once (two downloads). */
export function useCaptionVerdict(ref: OutputRef, filename: string, load: LoadCaptionTexts) {
  return useQuery<CaptionSummary | null>({
    queryKey: queryKeys.captions.verdict(ref),
    queryFn: ({ signal }) =>
      limit(async () => {
        const texts = await load(ref, signal);
        return texts.kind === 'texts' ? runCaptionSummary({ expected: texts.expected, actual: texts.actual, filename }) : null;
      }, signal),
    staleTime: Infinity,
  });
}

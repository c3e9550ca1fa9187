import { skipToken, useQuery } from '@tanstack/react-query';
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

/**
 * The verdict of one output, fetched only while `enabled` (its row is on screen); null when the files
 * cannot be classified. Reads what is cached (from the output screen, say) even when not enabled.
 */
export function useCaptionVerdict(ref: OutputRef, filename: string, load: LoadCaptionTexts, enabled: boolean) {
  return useQuery<CaptionSummary | null>({
    queryKey: queryKeys.captions.verdict(ref),
    queryFn: enabled
      ? ({ signal }) =>
          limit(async () => {
            const texts = await load(ref, signal);
            return texts.kind === 'texts' ? runCaptionSummary({ expected: texts.expected, actual: texts.actual, filename }) : null;
          }, signal)
      : skipToken,
    staleTime: Infinity,
  });
}

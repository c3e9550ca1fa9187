import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { CaptionInput } from '../lib/caption-protocol';
import { summarize } from '../lib/caption-summary';
import { runCaptionDiff } from '../lib/run-caption-diff';

/** The whole caption diff of one output, computed in the worker once both files are decoded (null until then). */
export function useCaptionDiff(ref: OutputRef, input: CaptionInput | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.captions.diff(ref),
    queryFn: input
      ? async () => {
          const diff = await runCaptionDiff(input);
          // Lists showing this output's verdict need not compute it again.
          queryClient.setQueryData(queryKeys.captions.verdict(ref), summarize(diff));
          return diff;
        }
      : skipToken,
    // A finished run's files never change, so neither does their diff.
    staleTime: Infinity,
    retry: false,
  });
}

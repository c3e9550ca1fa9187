import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { flakyKey } from '@/features/runs/pull-request';
import { PullRequestScreen, type FlakyCandidate } from '@/features/runs/components/pull-request-screen';
import { sampleHistoryQueryOptions } from '@/features/samples/api/get-sample-history';
import { flakyEvidence } from '@/features/samples/flaky';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';

const route = getRouteApi('/authed/pr/$number');

/** `/pr/:number`: the pull-request screen (runs feature), told flaky tests by the samples feature's histories. */
export function PullRequestRoute() {
  const { number: raw } = route.useParams();
  const prNumber = parseId(raw);
  const checkFlaky = useFlakyCheck();
  if (prNumber === null) return <BadUrl what="pull request number" value={raw} />;
  return <PullRequestScreen prNumber={prNumber} checkFlaky={checkFlaky} />;
}

/**
 * Each failing result's sample history (one read per sample, the sample screen's cache entry) read for evidence
 * that its regression test is flaky on its platform.
 */
function useFlakyCheck() {
  const queryClient = useQueryClient();
  return useCallback(
    async (candidates: readonly FlakyCandidate[]) => {
      const bySample = new Map<number, FlakyCandidate[]>();
      for (const candidate of candidates) bySample.set(candidate.sampleId, [...(bySample.get(candidate.sampleId) ?? []), candidate]);
      const marks: Record<string, string> = {};
      await Promise.all(
        Array.from(bySample, async ([sampleId, ofSample]) => {
          const history = await queryClient.fetchInfiniteQuery(sampleHistoryQueryOptions(sampleId));
          const entries = history.pages.flatMap((page) => page.data);
          for (const { regressionId, platform } of ofSample) {
            const evidence = flakyEvidence(entries, regressionId, platform);
            if (evidence) marks[flakyKey(platform, regressionId)] = evidence;
          }
        }),
      );
      return marks;
    },
    [queryClient],
  );
}

import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { OutputFileScreen } from '@/features/outputs/components/output-file-screen';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResult } from '@/features/runs/api/get-run-result';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { FailureNavigator } from '@/features/runs/components/failure-navigator';
import { useCompareTargets } from '@/features/runs/hooks/use-compare-targets';
import { useRegressionTest } from '@/features/samples/api/get-regression-test';
import { parseId } from '@/lib/parse-id';
import type { OutputRef } from '@/lib/query-keys';
import { BadUrl } from './bad-url';
import { useOutputCaptions } from './caption-slots';
import { outputReview } from './output-review';
import { OutputShortcuts } from './output-shortcuts';

const route = getRouteApi('/authed/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId');

/** The output screen, given the run, its results and the regression test, the failure navigator, captions and keys. */
export function OutputRoute() {
  const params = route.useParams();
  const runId = parseId(params.runId);
  const sampleId = parseId(params.sampleId);
  const regressionId = parseId(params.regressionId);
  const outputId = parseId(params.outputId);
  if (runId === null) return <BadUrl what="run id" value={params.runId} />;
  if (sampleId === null) return <BadUrl what="sample id" value={params.sampleId} />;
  if (regressionId === null) return <BadUrl what="regression test id" value={params.regressionId} />;
  if (outputId === null) return <BadUrl what="output id" value={params.outputId} />;
  return <OutputOfRun runId={runId} sampleId={sampleId} regressionId={regressionId} outputId={outputId} />;
}

function OutputOfRun(ref: OutputRef) {
  const search = route.useSearch();
  const run = useRun(ref.runId);
  const results = useRunResults(ref.runId);
  const ownResult = useRunResult(ref.runId, ref.regressionId, results.isSuccess);
  const regressionTest = useRegressionTest(ref.regressionId);
  const captions = useOutputCaptions(ref, search);
  const compareTargets = useCompareTargets(ref.runId, run.data, search.against !== undefined);
  const { runId, sampleId, regressionId, outputId } = ref;
  const review = useMemo(() => outputReview({ runId, sampleId, regressionId, outputId }), [runId, sampleId, regressionId, outputId]);
  return (
    <OutputFileScreen
      outputRef={ref}
      params={search}
      run={run}
      results={results}
      ownResult={ownResult}
      regressionTest={regressionTest}
      failureNavigator={<FailureNavigator runId={ref.runId} current={ref} />}
      captions={captions}
      shortcuts={(view, onViewChange) => <OutputShortcuts outputRef={ref} view={view} onViewChange={onViewChange} />}
      review={review}
      compareTargets={compareTargets}
    />
  );
}

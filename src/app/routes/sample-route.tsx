import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ErrorState } from '@/components/error-state';
import { PageHeading } from '@/components/page-heading';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { isRunFinished } from '@/features/runs/api/run-status';
import { LiveNote } from '@/features/runs/components/run-facts';
import { useSample } from '@/features/samples/api/get-sample';
import { useSampleHistory } from '@/features/samples/api/get-sample-history';
import { RegressionResultCard } from '@/features/samples/components/regression-result-card';
import { ResultCards } from '@/features/samples/components/result-cards';
import { SampleHistorySection } from '@/features/samples/components/sample-history-section';
import { SampleFacts } from '@/features/samples/components/sample-facts';
import { summarizeHistory } from '@/features/samples/history-summary';
import { CaptionLabel } from '@/features/captions/components/caption-label';
import { isCaptionFile } from '@/features/captions/lib/failing-outputs';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { parseId } from '@/lib/parse-id';
import { isFailing, resultVerdict, VERDICT_RANK, type RunSample } from '@/lib/result-status';
import { BadUrl } from './bad-url';
import { screenEndingError } from './screen-error';
import { useCaptionLoader } from './use-caption-loader';
import { MiddleTruncate } from '@/components/middle-truncate';
import { RunResultsState } from './run-results-state';

const route = getRouteApi('/authed/runs/$runId/samples/$sampleId');

export function SampleRoute() {
  const params = route.useParams();
  const runId = parseId(params.runId);
  const sampleId = parseId(params.sampleId);
  if (runId === null) return <BadUrl what="run id" value={params.runId} />;
  if (sampleId === null) return <BadUrl what="sample id" value={params.sampleId} />;
  return <SampleScreen runId={runId} sampleId={sampleId} />;
}

function SampleScreen({ runId, sampleId }: { runId: number; sampleId: number }) {
  const run = useRun(runId);
  const sample = useSample(sampleId);
  const live = !!run.data && !isRunFinished(run.data.status);
  const results = useRunResults(runId, live);
  const history = useSampleHistory(sampleId);
  const historyEntries = useMemo(() => history.data?.pages.flatMap((page) => page.data), [history.data]);

  // The run's results for this sample, failing first.
  const mine = useMemo(
    () =>
      (results.data?.items ?? [])
        .filter((r) => r.sample_id === sampleId)
        .sort((a, b) => VERDICT_RANK[resultVerdict(a)] - VERDICT_RANK[resultVerdict(b)] || a.regression_test_id - b.regression_test_id),
    [results.data, sampleId],
  );
  const name = sample.data?.original_name ?? mine[0]?.sample_name ?? null;
  const fatal =
    run.error && screenEndingError(run.error) ? run.error : sample.error && screenEndingError(sample.error) ? sample.error : null;
  useDocumentTitle(`Run ${runId} · sample ${sampleId}${fatal ? ` · ${screenEndingError(fatal)?.title}` : name ? ` · ${name}` : ''}`);
  const loadCaptions = useCaptionLoader();
  const captionLabel = (result: RunSample) => (output: RunSample['outputs'][number]) =>
    loadCaptions && output.status === 'fail' && isFailing(resultVerdict(result)) && isCaptionFile(output.filename) ? (
      <CaptionLabel
        outputRef={{ runId, sampleId, regressionId: result.regression_test_id, outputId: output.output_id }}
        filename={output.filename}
        load={loadCaptions}
      />
    ) : null;
  const failed = mine.filter((r) => isFailing(resultVerdict(r))).length;
  const platform = run.data?.platform ?? null;

  const heading = (
    <>
      <Breadcrumbs
        items={[
          { label: 'Runs', link: { to: '/' } },
          {
            label: `Run ${runId}${platform ? ` · ${platform}` : ''}`,
            link: { to: '/runs/$runId', params: { runId: String(runId) } },
          },
          { label: name ?? `Sample ${sampleId}` },
        ]}
      />
      <PageHeading>
        {name ? <MiddleTruncate text={name} /> : `Sample ${sampleId}`}
        <span className="muted heading-sub">
          {' '}
          · sample {sampleId} in run {runId}
          {platform ? ` (${platform})` : ''}
        </span>
      </PageHeading>
    </>
  );
  if (fatal) {
    return (
      <>
        {heading}
        <ErrorState
          error={fatal}
          what={fatal === run.error ? `run ${runId}` : `sample ${sampleId}`}
          onRetry={() => void (fatal === run.error ? run.refetch() : sample.refetch())}
        />
      </>
    );
  }

  return (
    <>
      {heading}
      <section className="facts-card" aria-label="Sample facts">
        {sample.isError ? (
          <ErrorState error={sample.error} what={`sample ${sampleId}`} onRetry={() => void sample.refetch()} />
        ) : (
          <SampleFacts sample={sample.data} />
        )}
        <LiveNote run={run.data} />
      </section>
      <div className="section-heading">
        <h2>
          Regression tests in run {runId}{' '}
          {results.data && mine.length > 0 && (
            <span className="muted heading-count">
              {failed} of {mine.length} failing
            </span>
          )}
        </h2>
        <a href="#history">History across runs</a>
      </div>
      <RunResultsState results={results} placeholder="cards">
        {() =>
          mine.length === 0 ? (
            <p className="empty">
              Run {runId} has no result for sample {sampleId}: the run did not test it. Its history below shows the runs that did.
            </p>
          ) : (
            <ResultCards
              runId={runId}
              sampleId={sampleId}
              results={mine}
              renderCard={(result, position) => (
                <RegressionResultCard
                  runId={runId}
                  result={result}
                  position={position}
                  renderOutputExtra={captionLabel(result)}
                  history={
                    historyEntries
                      ? summarizeHistory(historyEntries, {
                          runId,
                          regressionId: result.regression_test_id,
                          platform,
                          failing: isFailing(resultVerdict(result)),
                        })
                      : undefined
                  }
                />
              )}
            />
          )
        }
      </RunResultsState>
      <SampleHistorySection sampleId={sampleId} runId={runId} history={history} entries={historyEntries ?? []} />
    </>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import './sample-screen.css';
import { useMemo, type ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ErrorState } from '@/components/error-state';
import { MiddleTruncate } from '@/components/middle-truncate';
import { PageHeading } from '@/components/page-heading';
import { RunResultsState } from '@/components/run-results-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { MalformedItem, Schemas } from '@/lib/api-client';
import { isFailing, resultVerdict, VERDICT_RANK, type RunSample } from '@/lib/result-status';
import { screenEndingError } from '@/lib/screen-error';
import { useSample } from '../api/get-sample';
import { useSampleHistory } from '../api/get-sample-history';
import { summarizeHistory } from '../history-summary';
import { RegressionResultCard } from './regression-result-card';
import { ResultCards } from './result-cards';
import { SampleFacts } from './sample-facts';
import { SampleHistorySection } from './sample-history-section';

/** The run's results, or the parts of them this screen reads. */
type RunResults = { items: RunSample[]; malformed: MalformedItem[] };

type Props = {
  runId: number;
  sampleId: number;
  /** The run and its results come from the runs feature: the app reads them and hands them over. */
  run: UseQueryResult<Schemas['Run']>;
  results: UseQueryResult<RunResults>;
  /** The runs feature's note on a queued or running run, in the facts card. */
  liveNote: ReactNode;
  /** Beside an output of a result: the captions feature's verdict on a failing caption file, from the app. */
  outputLabel: (result: RunSample, output: RunSample['outputs'][number]) => ReactNode;
  /** Under the sample's facts: its log in the run, on request (the run-activity feature's, from the app). */
  logs?: ReactNode;
};

/** `/runs/:runId/samples/:sampleId`: the sample's facts, its regression tests in the run as cards, its history. */
export function SampleScreen({ runId, sampleId, run, results, liveNote, outputLabel, logs }: Props) {
  const sample = useSample(sampleId);
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
      <PageHeading className="sample-heading">
        {name ? <MiddleTruncate text={name} /> : <span>Sample {sampleId}</span>}{' '}
        <span className="muted heading-sub">
          <span className="heading-sub__dot">· </span>sample {sampleId} in run {runId}
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
        {liveNote}
      </section>
      {logs}
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
                  renderOutputExtra={(output) => outputLabel(result, output)}
                  recent={historyEntries && platform ? { entries: historyEntries, platform } : undefined}
                  historyPending={history.isPending}
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

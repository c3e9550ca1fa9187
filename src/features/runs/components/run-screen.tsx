import { useCallback, useMemo, type ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ErrorState } from '@/components/error-state';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { PageHeading } from '@/components/page-heading';
import { RunResultsState } from '@/components/run-results-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { RunSample } from '@/lib/result-status';
import { screenEndingError } from '@/lib/screen-error';
import { useRun } from '../api/get-run';
import { useRunResults } from '../api/get-run-results';
import { useRunSummary } from '../api/get-run-summary';
import { isRunFinished } from '../api/run-status';
import { allCategories, countByStatus, filterGroups, groupBySample, sortFailingFirst, type SampleGroup } from '../group-results';
import { readRunSearch, type RunSearch, type RunSearchParams } from '../run-search';
import { useBaseComparison } from '../hooks/use-base-comparison';
import { BaseComparisonSummary } from './base-comparison-summary';
import { LiveNote, RunFacts, SummaryCounts } from './run-facts';
import { RunResultsFilters } from './run-results-filters';
import { SampleGroupsList } from './sample-groups-list';

/** The captions feature's part of the run screen, given by the app; null when the token may not read files. */
export type RunCaptions = {
  /** What the run's failing caption outputs are, above the list. */
  tally: (results: readonly RunSample[]) => ReactNode;
  /** The verdicts of a sample's failing caption outputs, beside its status. */
  labels: (group: SampleGroup) => ReactNode;
};

type Props = {
  runId: number;
  /** The URL's search, as the route validated it. */
  params: RunSearchParams;
  /** A filter changed: the route replaces the URL's search with `next`. */
  onSearchChange: (next: RunSearch) => void;
  captions: RunCaptions | null;
  /** "flaky" beside a failing sample, from its history (the samples feature's part, given by the app). */
  flaky?: (group: SampleGroup, platform: string) => ReactNode;
  /** Under the run's facts: Run again / Cancel run and the run's progress (the run-activity feature's, from the app). */
  actions?: ReactNode;
  /** Under the results: what happened in the run, its errors and artifacts (likewise). */
  activity?: ReactNode;
};

const EMPTY_WORDS: Record<NonNullable<RunSearch['status']>, string> = {
  failing: 'nothing failed in this run',
  all: 'this run has no samples',
  fail: 'no sample failed',
  missing_output: 'no sample is missing an output',
  pass: 'no sample passed',
  skipped: 'no sample was skipped',
  running: 'no sample is running',
  not_started: 'every sample has started',
  new: 'no failure is new since the base run',
  already: 'no failure was already failing in the base run',
  'not-in-base': 'every failure has a result in the base run',
  fixed: 'nothing that failed in the base run passes here',
};

/** `/runs/:runId`: the run's facts and summary, then its results grouped by sample, failing first, filtered by the URL. */
export function RunScreen({ runId, params, onSearchChange: onChange, captions, flaky, actions, activity }: Props) {
  const { search, ignored } = useMemo(() => readRunSearch(params), [params]);
  const run = useRun(runId);
  const summary = useRunSummary(runId);
  const live = !!run.data && !isRunFinished(run.data.status);
  const results = useRunResults(runId, live);
  const fatal = screenEndingError(run.error);
  useDocumentTitle(fatal ? `Run ${runId} · ${fatal.title}` : `Run ${runId}${run.data ? ` · ${run.data.platform}` : ''}`);

  const base = useBaseComparison(runId, run.data, results.data?.items, search.base);
  const comparison = base.state === 'ready' ? base.comparison : undefined;
  const groups = useMemo(() => sortFailingFirst(groupBySample(results.data?.items ?? []), comparison), [results.data, comparison]);
  const categories = useMemo(() => allCategories(results.data?.items ?? []), [results.data]);
  const visible = useMemo(() => filterGroups(groups, search, comparison), [groups, search, comparison]);
  const counts = useMemo(
    () => (results.data ? countByStatus(groups, search, comparison) : undefined),
    [groups, search, results.data, comparison],
  );
  const platform = run.data?.platform;
  const labels = captions?.labels;
  // One callback for the rows' extras (memoized rows): "flaky" beside a failing sample, and caption verdicts. The
  // labels take a line of their own: "flaky" goes before them, on the badges' line, or it would add a line when it arrives.
  const statusExtra = useCallback(
    (group: SampleGroup) => (
      <>
        {flaky && platform && group.failed > 0 && flaky(group, platform)}
        {labels?.(group)}
      </>
    ),
    [labels, flaky, platform],
  );
  const onBaseChange = useCallback((change: Partial<RunSearch>) => onChange({ ...search, ...change }), [onChange, search]);

  const heading = (
    <>
      <Breadcrumbs items={[{ label: 'Runs', link: { to: '/' } }, { label: `Run ${runId}${run.data ? ` · ${run.data.platform}` : ''}` }]} />
      <PageHeading>
        Run {runId}
        {run.data && <span className="muted"> · {run.data.platform}</span>}
      </PageHeading>
    </>
  );
  // A run that does not exist (or may not be read) has nothing else to show: one message, not three.
  if (fatal && run.error) {
    return (
      <>
        {heading}
        <ErrorState error={run.error} what={`run ${runId}`} onRetry={() => void run.refetch()} />
      </>
    );
  }

  return (
    <>
      {heading}
      <section className="facts-card" aria-label="Run facts">
        {run.isError ? (
          <ErrorState error={run.error} what={`the facts of run ${runId}`} onRetry={() => void run.refetch()} />
        ) : (
          <RunFacts run={run.data} />
        )}
        <LiveNote run={run.data} />
        {summary.isError && !summary.data ? (
          <ErrorState error={summary.error} what="the run's summary" onRetry={() => void summary.refetch()} />
        ) : (
          <SummaryCounts summary={summary.data} />
        )}
      </section>
      {actions}
      <BaseComparisonSummary runId={runId} state={base} active={search.status} onChange={onBaseChange} />
      <h2 id="samples-heading">
        Samples{' '}
        {results.data && (
          <span className="muted heading-count">
            {visible.length} of {groups.length}
          </span>
        )}
      </h2>
      <RunResultsFilters search={search} categories={categories} counts={counts} onChange={onChange} compared={!!comparison} />
      <IgnoredParamsNotice
        params={ignored}
        fallback={[
          ignored.some((p) => p.name === 'status') && 'Showing the failing samples instead.',
          ignored.some((p) => p.name === 'base') && 'Comparing with the default base run instead.',
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <RunResultsState results={results} placeholder="list">
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">
              {run.data?.status === 'queued'
                ? 'This run is queued: it has no results yet.'
                : run.data?.status === 'error'
                  ? 'This run completed with no results: the platform reports it as “error”.'
                  : 'This run has no results.'}
            </p>
          ) : visible.length === 0 ? (
            <p className="empty">
              No sample matches these filters
              {!search.category && !search.q
                ? `: ${live && (search.status ?? 'failing') === 'failing' ? 'nothing has failed so far' : EMPTY_WORDS[search.status ?? 'failing']}`
                : ''}
              .{' '}
              {(search.status ?? 'failing') !== 'all' || search.category || search.q ? (
                <button type="button" className="button button--quiet" onClick={() => onChange({ status: 'all' })}>
                  Show all samples
                </button>
              ) : null}
            </p>
          ) : (
            <>
              <SampleGroupsList runId={runId} groups={visible} renderStatusExtra={statusExtra} comparison={comparison} />
              {/* Under the rows it tallies: it grows as they are labelled, pushing nothing the reader is looking at. */}
              {captions?.tally(data.items)}
              <p className="muted list-footer">
                {visible.length} of {groups.length} samples · {data.items.length} regression-test results
                {!data.complete && ' (the server cut the list short)'}
              </p>
            </>
          )
        }
      </RunResultsState>
      {activity}
    </>
  );
}

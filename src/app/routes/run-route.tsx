import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ErrorState } from '@/components/error-state';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { PageHeading } from '@/components/page-heading';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { useRunSummary } from '@/features/runs/api/get-run-summary';
import { isRunFinished } from '@/features/runs/api/run-status';
import { LiveNote, RunFacts, SummaryCounts } from '@/features/runs/components/run-facts';
import { RunResultsFilters } from '@/features/runs/components/run-results-filters';
import { SampleGroupsList } from '@/features/runs/components/sample-groups-list';
import { allCategories, countByStatus, filterGroups, groupBySample, sortFailingFirst } from '@/features/runs/group-results';
import { readRunSearch, type RunSearch } from '@/features/runs/run-search';
import { CaptionLabels } from '@/features/captions/components/caption-labels';
import { CaptionTally } from '@/features/captions/components/caption-tally';
import { failingCaptionOutputs } from '@/features/captions/lib/failing-outputs';
import type { SampleGroup } from '@/features/runs/group-results';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';
import { screenEndingError } from './screen-error';
import { useCaptionLoader } from './use-caption-loader';
import { RunResultsState } from './run-results-state';

const route = getRouteApi('/authed/runs/$runId');

export function RunRoute() {
  const { runId: rawRunId } = route.useParams();
  const runId = parseId(rawRunId);
  if (runId === null) return <BadUrl what="run id" value={rawRunId} />;
  return <RunScreen runId={runId} />;
}

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

function RunScreen({ runId }: { runId: number }) {
  const params = route.useSearch();
  const { search, ignored } = useMemo(() => readRunSearch(params), [params]);
  const navigate = route.useNavigate();
  const run = useRun(runId);
  const summary = useRunSummary(runId);
  const live = !!run.data && !isRunFinished(run.data.status);
  const results = useRunResults(runId, live);
  const fatal = screenEndingError(run.error);
  useDocumentTitle(fatal ? `Run ${runId} · ${fatal.title}` : `Run ${runId}${run.data ? ` · ${run.data.platform}` : ''}`);

  const groups = useMemo(() => sortFailingFirst(groupBySample(results.data?.items ?? [])), [results.data]);
  const categories = useMemo(() => allCategories(results.data?.items ?? []), [results.data]);
  const visible = useMemo(() => filterGroups(groups, search), [groups, search]);
  const counts = useMemo(() => (results.data ? countByStatus(groups, search) : undefined), [groups, search, results.data]);
  const captionRefs = useMemo(() => failingCaptionOutputs(runId, results.data?.items ?? []).map((o) => o.ref), [runId, results.data]);
  const loadCaptions = useCaptionLoader();
  const captionLabels = useCallback(
    (group: SampleGroup) =>
      loadCaptions ? <CaptionLabels outputs={failingCaptionOutputs(runId, group.results)} load={loadCaptions} /> : null,
    [runId, loadCaptions],
  );
  // Filters replace the history entry: Back leaves the screen rather than undoing each keystroke.
  const onChange = useCallback((next: RunSearch) => void navigate({ search: next, replace: true }), [navigate]);

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
      <h2 id="samples-heading">
        Samples{' '}
        {results.data && (
          <span className="muted heading-count">
            {visible.length} of {groups.length}
          </span>
        )}
      </h2>
      <RunResultsFilters search={search} categories={categories} counts={counts} onChange={onChange} />
      <IgnoredParamsNotice params={ignored} fallback="Showing the failing samples instead." />
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
              {loadCaptions && <CaptionTally outputs={captionRefs} />}
              <SampleGroupsList runId={runId} groups={visible} renderStatusExtra={captionLabels} />
              <p className="muted list-footer">
                {visible.length} of {groups.length} samples · {data.items.length} regression-test results
                {!data.complete && ' (the server cut the list short)'}
              </p>
            </>
          )
        }
      </RunResultsState>
    </>
  );
}

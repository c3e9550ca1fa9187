import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { QueryState } from '@/components/query-state';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { useRunSummary } from '@/features/runs/api/get-run-summary';
import { isRunFinished } from '@/features/runs/api/run-status';
import { RunFacts } from '@/features/runs/components/run-facts';
import { RunResultsFilters } from '@/features/runs/components/run-results-filters';
import { SampleGroupsList } from '@/features/runs/components/sample-groups-list';
import { allCategories, filterGroups, groupBySample, sortFailingFirst } from '@/features/runs/group-results';
import type { RunSearch } from '@/features/runs/run-search';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';

const route = getRouteApi('/authed/runs/$runId');

export function RunRoute() {
  const { runId: rawRunId } = route.useParams();
  const runId = parseId(rawRunId);
  if (runId === null) return <BadUrl what="run id" value={rawRunId} />;
  return <RunScreen runId={runId} />;
}

function RunScreen({ runId }: { runId: number }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const run = useRun(runId);
  const summary = useRunSummary(runId);
  const results = useRunResults(runId, !!run.data && !isRunFinished(run.data.status));
  useDocumentTitle(`Run ${runId}${run.data ? ` · ${run.data.platform}` : ''}`);

  const groups = useMemo(() => sortFailingFirst(groupBySample(results.data?.items ?? [])), [results.data]);
  const categories = useMemo(() => allCategories(results.data?.items ?? []), [results.data]);
  const visible = useMemo(() => filterGroups(groups, search), [groups, search]);
  const onChange = useCallback((next: RunSearch) => void navigate({ search: next, replace: true }), [navigate]);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Runs', link: { to: '/' } }, { label: `Run ${runId}` }]} />
      <h1 tabIndex={-1}>
        Run {runId}
        {run.data && <span className="muted"> · {run.data.platform}</span>}
      </h1>
      <QueryState query={run} what="the run">
        {(data) => <RunFacts run={data} summary={summary.data} />}
      </QueryState>
      <h2>Samples</h2>
      <RunResultsFilters search={search} categories={categories} onChange={onChange} />
      <QueryState query={results} what="the run's results">
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">This run has no results yet.</p>
          ) : visible.length === 0 ? (
            <p className="empty">
              No sample matches these filters{(search.status ?? 'failing') === 'failing' ? ': nothing failed in this run' : ''}.
            </p>
          ) : (
            <>
              <p className="muted">
                {visible.length} of {groups.length} samples · {data.items.length} regression-test results
                {!data.complete && ' (the list was cut short by the server)'}
              </p>
              <SampleGroupsList runId={runId} groups={visible} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

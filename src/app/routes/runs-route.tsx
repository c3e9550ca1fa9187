import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '@/components/query-state';
import { useRuns } from '@/features/runs/api/get-runs';
import { RunsFilters } from '@/features/runs/components/runs-filters';
import { RunsTable } from '@/features/runs/components/runs-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { runsFiltersFromSearch } from './runs-filters';

const route = getRouteApi('/authed/');

export function RunsRoute() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = runsFiltersFromSearch(search);
  useDocumentTitle('Runs');
  const runs = useRuns(filters);
  const all = runs.data?.pages.flatMap((page) => page.data) ?? [];
  const total = runs.data?.pages[0]?.pagination.total;
  const filtered = Object.values(search).some((v) => v !== undefined);

  return (
    <>
      <h1 tabIndex={-1}>Runs</h1>
      <RunsFilters search={search} onChange={(next) => void navigate({ search: next })} />
      <QueryState query={runs} what="the runs">
        {() =>
          all.length === 0 ? (
            <p className="empty">{filtered ? 'No run matches these filters.' : 'The platform has no runs yet.'}</p>
          ) : (
            <>
              <RunsTable runs={all} />
              <p className="muted list-footer">
                Showing {all.length}
                {total != null ? ` of ${total}` : ''} runs
              </p>
              {runs.hasNextPage && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void runs.fetchNextPage()}
                  disabled={runs.isFetchingNextPage}
                >
                  {runs.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}

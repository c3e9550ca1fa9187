import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { MalformedItems } from '@/components/malformed-items';
import { PageHeading } from '@/components/page-heading';
import { Loading, QueryState } from '@/components/query-state';
import { RefreshFailed } from '@/components/refresh-failed';
import { SafeText } from '@/components/safe-text';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useFocusLater } from '@/hooks/use-focus-later';
import { toBrowserPath } from '@/lib/base-path';
import { hasLiveRuns, useRuns } from '../api/get-runs';
import { LIVE_REFRESH_MS } from '../api/run-status';
import { runsFiltersFromSearch } from '../runs-filters';
import { isFiltered, parseShaOrVersion, PLATFORMS, readRunsSearch, type RunsSearch, type RunsSearchParams } from '../runs-search';
import { RunsFilters } from './runs-filters';
import { RunsTable, RunsTableSkeleton } from './runs-table';

/** "Runs · fail · linux · master" */
function runsTitle(search: RunsSearch): string {
  return ['Runs', search.status, search.platform, search.branch, search.q].filter(Boolean).join(' · ');
}

type Props = {
  /** The URL's search, as the route validated it. */
  params: RunsSearchParams;
  /** A filter changed: the route puts `next` in the URL (a new history entry). */
  onSearchChange: (next: RunsSearch) => void;
  /** The box that opens an old sample-platform link, given by the app (another feature's). */
  legacyLinkBox: ReactNode;
};

/** `/`: the runs, newest first, filtered by the URL; "Load more" for older ones. */
export function RunsScreen({ params, onSearchChange, legacyLinkBox }: Props) {
  const { search, ignored } = readRunsSearch(params);
  const filters = runsFiltersFromSearch(search);
  const runs = useRuns(filters);
  useDocumentTitle(runsTitle(search));
  const all = useMemo(() => runs.data?.pages.flatMap((page) => page.data) ?? [], [runs.data]);
  const malformed = useMemo(() => runs.data?.pages.flatMap((page) => page.malformed) ?? [], [runs.data]);
  const total = runs.data?.pages[0]?.pagination.total;
  const platforms = search.platform ? [search.platform] : PLATFORMS;
  const qNotApplied = parseShaOrVersion(search.q) === null;
  // "Load more" goes on to the first run it loaded, instead of dropping focus to the page when the button goes away
  // (after a mouse click no ring shows there: focus-visible).
  const focusLater = useFocusLater();
  const loadMore = (event: MouseEvent<HTMLButtonElement>) => {
    if (runs.isFetchingNextPage) return;
    const hadFocus = event.currentTarget === document.activeElement;
    const firstNew = all.length;
    void runs.fetchNextPage().then(({ data }) => {
      const run = data?.pages.flatMap((page) => page.data)[firstNew];
      if (hadFocus && run) focusLater(() => document.querySelector<HTMLElement>(`a[href="${toBrowserPath(`/runs/${run.run_id}`)}"]`));
    });
  };

  return (
    <>
      <PageHeading>Runs</PageHeading>
      <RunsFilters search={search} onChange={onSearchChange} />
      {legacyLinkBox}
      <IgnoredParamsNotice params={ignored} fallback="Showing the runs without it." />
      {qNotApplied && (
        <p className="notice notice--warn" role="status">
          “<SafeText text={search.q} />” is neither a full 40-character commit SHA nor a CCExtractor version such as 0.94, so it is not
          applied.
        </p>
      )}
      {runs.isRefetchError && <RefreshFailed error={runs.error} what="the latest runs" onRetry={() => void runs.refetch()} />}
      <QueryState
        query={runs}
        what="the runs"
        loading={
          <>
            <RunsTableSkeleton platforms={platforms} />
            <Loading what="the runs" />
          </>
        }
      >
        {() =>
          all.length === 0 && malformed.length === 0 ? (
            <p className="empty">{isFiltered(search) ? 'No run matches these filters.' : 'The platform has no runs yet.'}</p>
          ) : (
            <>
              <RunsTable runs={all} platforms={platforms} />
              <MalformedItems items={malformed} noun="run" />
              <div className="list-footer">
                <p className="muted" id="runs-count">
                  Showing {all.length}
                  {total != null ? ` of ${total}` : ''} runs
                  {hasLiveRuns(runs.data?.pages) && (
                    <> · queued and running runs refresh every {LIVE_REFRESH_MS / 1000} s while this tab is visible</>
                  )}
                </p>
                {runs.hasNextPage && (
                  <button
                    type="button"
                    className="button"
                    aria-describedby="runs-count"
                    onClick={loadMore}
                    // Not `disabled`: a disabled button drops its focus to the page.
                    aria-disabled={runs.isFetchingNextPage}
                  >
                    {runs.isFetchingNextPage ? 'Loading more…' : 'Load more'}
                  </button>
                )}
              </div>
              {runs.isFetchNextPageError && <RefreshFailed error={runs.error} what="more runs" onRetry={() => void runs.fetchNextPage()} />}
            </>
          )
        }
      </QueryState>
    </>
  );
}

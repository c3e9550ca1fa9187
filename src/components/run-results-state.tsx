import type { ReactNode } from 'react';
import { MalformedItems } from '@/components/malformed-items';
import { Loading, QueryState } from '@/components/query-state';
import { RefreshFailed } from '@/components/refresh-failed';
import type { useRunResults } from '@/features/runs/api/get-run-results';

type RunResults = ReturnType<typeof useRunResults>;

type Props = {
  results: RunResults;
  /** The shape the results will take, held while they load: the run's list or the sample's cards. */
  placeholder: 'list' | 'cards';
  children: (data: NonNullable<RunResults['data']>) => ReactNode;
};

/** The run's results on the run and sample screens: loading, error with Retry, and a kept list whose refresh failed. */
export function RunResultsState({ results, placeholder, children }: Props) {
  return (
    <>
      {results.isRefetchError && <RefreshFailed error={results.error} what="the latest results" onRetry={() => void results.refetch()} />}
      <QueryState
        query={results}
        what="the run's results"
        loading={
          <div className={placeholder === 'list' ? 'list-placeholder' : 'card-placeholder'}>
            <Loading what="the run's results" />
          </div>
        }
      >
        {(data) => (
          <>
            {children(data)}
            <MalformedItems items={data.malformed} noun="regression test" />
          </>
        )}
      </QueryState>
    </>
  );
}

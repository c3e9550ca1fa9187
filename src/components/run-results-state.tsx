import './run-results-state.css';
import type { ReactNode } from 'react';
import type { MalformedItem } from '@/lib/api-client';
import { MalformedItems } from './malformed-items';
import { Loading, QueryState, type QueryLike } from './query-state';
import { RefreshFailed } from './refresh-failed';

/** The parts of the run's results query (`useRunResults`) shown here. */
type ResultsQuery<T> = QueryLike<T> & { isRefetchError: boolean };

type Props<T extends { malformed: MalformedItem[] }> = {
  results: ResultsQuery<T>;
  /** The shape the results will take, held while they load: the run's list or the sample's cards. */
  placeholder: 'list' | 'cards';
  children: (data: T) => ReactNode;
};

/** The run's results on the run and sample screens: loading, error with Retry, and a kept list whose refresh failed. */
export function RunResultsState<T extends { malformed: MalformedItem[] }>({ results, placeholder, children }: Props<T>) {
  return (
    <>
      {results.isRefetchError && results.error && (
        <RefreshFailed error={results.error} what="the latest results" onRetry={() => void results.refetch()} />
      )}
      <QueryState
        query={results}
        what="the run's results"
        loading={
          <div className={placeholder === 'list' ? 'list-placeholder' : 'card-placeholder run-results-state__cards'}>
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

import { useMemo } from 'react';
import { MalformedItems } from '@/components/malformed-items';
import { QueryState } from '@/components/query-state';
import type { useSampleHistory } from '../api/get-sample-history';
import type { HistoryEntry } from '../history-summary';
import { SampleHistoryTable } from './sample-history';

type Props = {
  sampleId: number;
  runId: number;
  history: ReturnType<typeof useSampleHistory>;
  /** The loaded pages' entries (the screen reads them too, for each card's history line). */
  entries: HistoryEntry[];
};

/** "History across runs": the sample's results in every run, older pages on request, malformed entries as rows. */
export function SampleHistorySection({ sampleId, runId, history, entries }: Props) {
  const malformed = useMemo(() => history.data?.pages.flatMap((page) => page.malformed) ?? [], [history.data]);
  return (
    <>
      <h2 id="history" tabIndex={-1}>
        History across runs
      </h2>
      <QueryState query={history} what="the sample's history">
        {(data) => (
          <>
            <SampleHistoryTable
              sampleId={sampleId}
              currentRunId={runId}
              entries={entries}
              total={data.pages[0]?.pagination.total ?? null}
              older={history.hasNextPage ? { loading: history.isFetchingNextPage, load: () => void history.fetchNextPage() } : undefined}
            />
            <MalformedItems items={malformed} noun="run" />
          </>
        )}
      </QueryState>
    </>
  );
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, getJson, type MalformedItem, type Schemas } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { LIVE_REFRESH_MS } from './run-status';

type RunSample = Schemas['RunSample'];
/** `malformed`: results that broke the contract, each shown as a row that says what was wrong. */
export type RunResults = { items: RunSample[]; malformed: MalformedItem[]; total: number | null; complete: boolean };

const PAGE = 100;
/** A guard against a server whose pages never end (a run has ~240 results). */
const MAX_ITEMS = 10_000;

function getPage(runId: number, offset: number, signal?: AbortSignal) {
  return getJson(
    'RunSamplePage',
    (init) => api.GET('/runs/{run_id}/samples', { ...init, params: { path: { run_id: runId }, query: { limit: PAGE, offset } } }),
    { signal },
  );
}

/**
 * Every result of a run (one per regression test, ~240), fetched once and shared by the run, sample and output
 * screens. The first page tells the total, so the other pages load side by side; without a total it follows
 * `next_offset`.
 */
export async function getRunResults(runId: number, signal?: AbortSignal): Promise<RunResults> {
  const first = await getPage(runId, 0, signal);
  const items = [...first.data];
  const malformed = [...first.malformed];
  const { total } = first.pagination;
  const done = (complete: boolean): RunResults => ({ items, malformed, total, complete });
  let next = first.pagination.next_offset;
  if (next === null) return done(true);

  // Sized by what the server sent, malformed items included.
  const pageLength = first.data.length + first.malformed.length;
  if (total !== null && next === pageLength && pageLength > 0) {
    const offsets: number[] = [];
    for (let offset = next; offset < Math.min(total, MAX_ITEMS); offset += pageLength) offsets.push(offset);
    const pages = await Promise.all(offsets.map((offset) => getPage(runId, offset, signal)));
    for (const page of pages) {
      items.push(...page.data);
      malformed.push(...page.malformed);
    }
    const last = pages.at(-1);
    // A list that grew meanwhile (a running run) goes on from where the last page points.
    next = last ? last.pagination.next_offset : null;
    if (next === null) return done(true);
  }
  let offset = 0;
  while (next !== null) {
    if (next <= offset || items.length >= MAX_ITEMS) return done(false);
    offset = next;
    const page = await getPage(runId, offset, signal);
    items.push(...page.data);
    malformed.push(...page.malformed);
    next = page.pagination.next_offset;
  }
  return done(true);
}

/** While a run is queued or running its results change: they refresh with it. */
export const runResultsQueryOptions = (runId: number, live = false) =>
  queryOptions({
    queryKey: queryKeys.runs.results(runId),
    queryFn: ({ signal }) => getRunResults(runId, signal),
    staleTime: live ? LIVE_REFRESH_MS : 5 * 60_000,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

export function useRunResults(runId: number, live = false) {
  return useQuery(runResultsQueryOptions(runId, live));
}

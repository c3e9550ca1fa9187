import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isFailing, resultVerdict } from '@/lib/result-status';
import { runResultsQueryOptions } from '../api/get-run-results';
import { isRunFinished, type Platform, type Run } from '../api/run-status';
import { classifyFailures, type PlatformSummary } from '../pull-request';
import { useBaseComparison } from './use-base-comparison';

/**
 * One platform's run of a commit against its default base run: its results (the run screen's cache entry), the
 * base run (one request) and the base's results. Nothing is asked for without a run.
 */
export function usePlatformComparison(platform: Platform, run: Run | undefined) {
  const runId = run?.run_id ?? 0;
  const live = !!run && !isRunFinished(run.status);
  const results = useQuery({ ...runResultsQueryOptions(runId, live), enabled: !!run });
  const items = results.data?.items;
  const base = useBaseComparison(runId, run, items, run ? undefined : 'none');
  const comparison = base.state === 'ready' ? base.comparison : undefined;
  const failures = useMemo(() => (items && comparison ? classifyFailures(items, comparison) : null), [items, comparison]);
  const failing = useMemo(() => (items ? items.filter((r) => isFailing(resultVerdict(r))).length : null), [items]);

  let summary: PlatformSummary;
  if (!run) summary = { platform, run: null, state: 'no-results', failing: null };
  else if (items && items.length === 0) summary = { platform, run, state: 'no-results', failing };
  else if (results.isError || base.state === 'error') summary = { platform, run, state: 'error', failing };
  else if (base.state === 'none-found') summary = { platform, run, state: 'no-base', failing };
  else if (base.state === 'ready' && failures) {
    summary = { platform, run, state: 'ready', base: base.base, failures, complete: base.complete, live };
  } else summary = { platform, run, state: 'loading', failing };
  return { summary, results, base };
}

import './run-facts.css';
import { formatDuration, RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import type { Schemas } from '@/lib/api-client';
import { isRunFinished, LIVE_REFRESH_MS, type Run } from '../api/run-status';
import { runDuration } from '../group-runs';
import { RunSource, RunSourcePlaceholder } from './run-source';

type Summary = Schemas['RunSummary'];

/** A placeholder of the same size while loading, so the samples below do not jump. */
function Pending() {
  return <span className="skeleton skeleton--short" aria-hidden="true" />;
}

/** The run's facts; each value is a placeholder until the run has loaded. */
export function RunFacts({ run }: { run: Run | undefined }) {
  return (
    <dl className="facts facts--grid" aria-busy={!run || undefined}>
      <div>
        <dt>Status</dt>
        <dd>{run ? <RunStatusBadge status={run.status} /> : <Pending />}</dd>
      </div>
      <div>
        <dt>Platform</dt>
        <dd>{run ? run.platform : <Pending />}</dd>
      </div>
      <div className="facts__wide">
        <dt>{run?.test_type === 'pr' ? 'Pull request' : 'Commit'}</dt>
        <dd>{run ? <RunSource run={run} /> : <RunSourcePlaceholder />}</dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>{run ? <RelativeTime value={run.created_at} /> : <Pending />}</dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>{run ? <RelativeTime value={run.started_at} fallback="not yet" /> : <Pending />}</dd>
      </div>
      <div>
        <dt>Completed</dt>
        <dd>
          {run ? (
            <RelativeTime
              value={run.completed_at}
              fallback={isRunFinished(run.status) ? '—' : run.status === 'queued' ? 'not yet' : 'still running'}
            />
          ) : (
            <Pending />
          )}
        </dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{run ? `${formatDuration(runDuration(run))}${run.completed_at ? '' : ' so far'}` : <Pending />}</dd>
      </div>
    </dl>
  );
}

/** "This page refreshes itself": shown while the run is queued or running. */
export function LiveNote({ run }: { run: Run | undefined }) {
  if (!run || isRunFinished(run.status)) return null;
  return (
    <p className="live-note" role="status">
      <span className="pulse" aria-hidden="true" /> This run is {run.status === 'queued' ? 'queued' : 'still running'}: this page refreshes
      every {LIVE_REFRESH_MS / 1000} s while the tab is visible.
    </p>
  );
}

/** The summary counts of /runs/{id}/summary (regression-test results), or same-sized placeholders. */
export function SummaryCounts({ summary }: { summary: Summary | undefined }) {
  const items: Array<[string, string | number | undefined, string]> = [
    ['pass', summary?.pass_count, 'pass'],
    ['fail', summary?.fail_count, 'fail'],
    ['missing output', summary?.missing_output_count, 'missing'],
    ['skipped', summary?.skipped_count, 'neutral'],
    ['duration', summary ? formatDuration(summary.duration_ms) : undefined, 'neutral'],
    ['results in all', summary?.total_samples, 'total'],
  ];
  return (
    <ul className="summary-counts" aria-label="Summary" aria-busy={!summary || undefined}>
      {items.map(([label, value, tone]) => (
        <li key={label} className={`summary-count summary-count--${tone}`}>
          <span className="summary-count__value">{value ?? <Pending />}</span>
          <span className="summary-count__label">{label}</span>
        </li>
      ))}
    </ul>
  );
}

import { formatDuration, RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import type { Schemas } from '@/lib/api-client';
import type { Run } from '../api/run-status';
import { RunSource } from './run-source';

type Summary = Schemas['RunSummary'];

export function RunFacts({ run, summary }: { run: Run; summary: Summary | undefined }) {
  return (
    <section className="facts-card" aria-label="Run facts">
      <dl className="facts facts--grid">
        <dt>Status</dt>
        <dd>
          <RunStatusBadge status={run.status} />
        </dd>
        <dt>Platform</dt>
        <dd>{run.platform}</dd>
        <dt>Source</dt>
        <dd>
          <RunSource run={run} />
        </dd>
        <dt>Created</dt>
        <dd>
          <RelativeTime value={run.created_at} />
        </dd>
        <dt>Started</dt>
        <dd>
          <RelativeTime value={run.started_at} />
        </dd>
        <dt>Completed</dt>
        <dd>
          <RelativeTime value={run.completed_at} fallback={run.status === 'running' ? 'still running' : '—'} />
        </dd>
      </dl>
      {summary && <SummaryCounts summary={summary} />}
    </section>
  );
}

function SummaryCounts({ summary }: { summary: Summary }) {
  const items: Array<[string, number | string, string]> = [
    ['pass', summary.pass_count, 'pass'],
    ['fail', summary.fail_count, 'fail'],
    ['missing output', summary.missing_output_count, 'missing'],
    ['skipped', summary.skipped_count, 'neutral'],
    ['duration', formatDuration(summary.duration_ms), 'neutral'],
  ];
  return (
    <ul className="summary-counts" aria-label="Summary">
      {items.map(([label, value, tone]) => (
        <li key={label} className={`summary-count summary-count--${tone}`}>
          <span className="summary-count__value">{value}</span>
          <span className="summary-count__label">{label}</span>
        </li>
      ))}
      <li className="summary-count">
        <span className="summary-count__value">{summary.total_samples}</span>
        <span className="summary-count__label">results in all</span>
      </li>
    </ul>
  );
}

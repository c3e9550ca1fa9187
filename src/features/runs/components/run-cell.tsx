import './run-cell.css';
import { Link } from '@tanstack/react-router';
import { formatDuration, RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import type { Run } from '../api/run-status';
import { runDuration } from '../group-runs';

/** Hover prefetch waits this long, so a mouse passing over the list does not spend API reads. */
export const LIST_PRELOAD_DELAY_MS = 150;

/** One run in the runs list: link, status, and when it started, completed and how long it took. */
export function RunCell({ run }: { run: Run }) {
  return (
    <div className="run-cell">
      <div className="run-cell__head">
        <Link to="/runs/$runId" params={{ runId: String(run.run_id) }} className="run-cell__link" preloadDelay={LIST_PRELOAD_DELAY_MS}>
          Run {run.run_id}
        </Link>
        <RunStatusBadge status={run.status} />
      </div>
      <RunTimes run={run} />
    </div>
  );
}

/** Relative times (exact on hover) in one short line. */
export function RunTimes({ run }: { run: Run }) {
  if (!run.started_at) {
    return (
      <p className="run-times">
        <span>
          queued <RelativeTime value={run.queued_at ?? run.created_at} />
        </span>
        <span>{run.status === 'queued' ? 'waiting for a test machine' : 'never started'}</span>
      </p>
    );
  }
  const duration = formatDuration(runDuration(run));
  return (
    <p className="run-times">
      <span>
        started <RelativeTime value={run.started_at} />
      </span>
      {run.completed_at ? (
        <span>
          completed <RelativeTime value={run.completed_at} />
        </span>
      ) : (
        <span>still running</span>
      )}
      <span>{run.completed_at ? `took ${duration}` : `for ${duration}`}</span>
    </p>
  );
}

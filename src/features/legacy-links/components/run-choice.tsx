import './run-choice.css';
import { Link } from '@tanstack/react-router';
import { RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import { SafeText } from '@/components/safe-text';
import type { Run } from '../api/legacy-api';

function origin(run: Run) {
  if (run.pr_number !== null) return `PR #${run.pr_number}`;
  return run.branch ?? run.repository;
}

/** The runs an old link could mean, each with its platform and status, newest first. */
export function RunChoice({ runs, label }: { runs: Run[]; label: string }) {
  return (
    <ul className="run-choice" aria-label={label}>
      {runs.map((run) => (
        <li key={run.run_id} className="run-choice__item">
          <Link to="/runs/$runId" params={{ runId: String(run.run_id) }} className="run-choice__link">
            Run {run.run_id} · {run.platform}
          </Link>
          <RunStatusBadge status={run.status} />
          <span className="muted run-choice__meta">
            <SafeText text={origin(run)} /> · <RelativeTime value={run.created_at} />
          </span>
        </li>
      ))}
    </ul>
  );
}

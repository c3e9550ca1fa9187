import { Link } from '@tanstack/react-router';
import { formatDuration, RelativeTime } from '@/components/relative-time';
import { RunStatusBadge } from '@/components/run-status-badge';
import type { Run } from '../api/run-status';
import { RunSource } from './run-source';

/** Runs of one commit (normally linux + windows) sit together. */
export function groupByCommit(runs: Run[]): Run[][] {
  const groups: Run[][] = [];
  const index = new Map<string, Run[]>();
  for (const run of runs) {
    const key = `${run.repository}|${run.commit_sha}|${run.pr_number ?? ''}`;
    const group = index.get(key);
    if (group) group.push(run);
    else {
      const created = [run];
      index.set(key, created);
      groups.push(created);
    }
  }
  for (const group of groups) group.sort((a, b) => a.platform.localeCompare(b.platform));
  return groups;
}

function duration(run: Run): number | null {
  if (!run.started_at) return null;
  const end = run.completed_at ? Date.parse(run.completed_at) : Date.now();
  return end - Date.parse(run.started_at);
}

export function RunsTable({ runs }: { runs: Run[] }) {
  const groups = groupByCommit(runs);
  return (
    <div className="table-wrap">
      <table className="table runs-table">
        <thead>
          <tr>
            <th scope="col">Commit</th>
            <th scope="col">Run</th>
            <th scope="col">Platform</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Started</th>
            <th scope="col">Completed</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.map((run) => run.run_id).join('-')} className="commit-group">
            {group.map((run, i) => (
              <tr key={run.run_id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={group.length} className="commit-cell">
                    <RunSource run={run} />
                  </th>
                )}
                <td>
                  <Link to="/runs/$runId" params={{ runId: String(run.run_id) }} search={{}}>
                    Run {run.run_id}
                  </Link>
                </td>
                <td>{run.platform}</td>
                <td>
                  <RunStatusBadge status={run.status} />
                </td>
                <td>
                  <RelativeTime value={run.created_at} />
                </td>
                <td>
                  <RelativeTime value={run.started_at} />
                </td>
                <td>
                  <RelativeTime value={run.completed_at} fallback={run.status === 'running' ? 'still running' : '—'} />
                </td>
                <td>{formatDuration(duration(run))}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

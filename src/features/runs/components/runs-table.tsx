import './runs-table.css';
import { useMemo } from 'react';
import { RelativeTime } from '@/components/relative-time';
import type { Platform, Run } from '../api/run-status';
import { groupByCommit } from '../group-runs';
import { RunCell } from './run-cell';
import { RunSource } from './run-source';

/** `pullRequestLinks`: each pull request's row links to its page (not on that page itself). */
type Props = { runs: Run[]; platforms: readonly Platform[]; pullRequestLinks?: boolean };

/** One row per commit, one column per platform: "linux fail, windows pass" at a glance. */
export function RunsTable({ runs, platforms, pullRequestLinks = true }: Props) {
  const rows = useMemo(() => groupByCommit(runs), [runs]);
  return (
    <div className="table-wrap">
      <table className={platforms.length === 1 ? 'table runs-table runs-table--single' : 'table runs-table'}>
        <caption className="sr-only">Runs, newest first: one row per commit, one column per platform</caption>
        <RunsTableHead platforms={platforms} />
        <tbody>
          {rows.map((row) => {
            const all = platforms.flatMap((p) => row.byPlatform[p]);
            const failing = all.some((run) => run.status === 'fail');
            return (
              <tr key={row.key} className={failing ? 'runs-row runs-row--fail' : 'runs-row'}>
                <th scope="row" className="commit-cell">
                  <RunSource run={row.head} pullRequestPage={pullRequestLinks} />
                </th>
                <td className="created-cell">
                  <span className="cell-label" aria-hidden="true">
                    created{' '}
                  </span>
                  <RelativeTime value={row.createdAt} />
                </td>
                {platforms.map((platform) => (
                  <td key={platform} className="platform-cell">
                    <span className="cell-label" aria-hidden="true">
                      {platform}
                    </span>
                    {row.byPlatform[platform].length > 0 ? (
                      row.byPlatform[platform].map((run) => <RunCell key={run.run_id} run={run} />)
                    ) : (
                      <span className="muted">no {platform} run in this list</span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RunsTableHead({ platforms }: { platforms: readonly Platform[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">Commit</th>
        <th scope="col">Created</th>
        {platforms.map((platform) => (
          <th scope="col" key={platform}>
            {platform}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The table's frame while the first page loads, so nothing jumps when it arrives. */
export function RunsTableSkeleton({ platforms, rows = 8 }: { platforms: readonly Platform[]; rows?: number }) {
  return (
    <div className="table-wrap" aria-hidden="true">
      <table className="table runs-table runs-table--skeleton">
        <RunsTableHead platforms={platforms} />
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i} className="runs-row">
              <th scope="row" className="commit-cell">
                <span className="skeleton skeleton--text" />
              </th>
              <td className="created-cell">
                <span className="skeleton skeleton--short" />
              </td>
              {platforms.map((platform) => (
                <td key={platform} className="platform-cell">
                  <div className="run-cell">
                    <span className="skeleton skeleton--text" />
                    <span className="skeleton skeleton--line" />
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

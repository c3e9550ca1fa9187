import type { Platform, Run } from './api/run-status';

/** One row of the runs list: one commit (or pull-request head) and its runs, normally one per platform. */
export type CommitRow = {
  key: string;
  /** The newest run of the commit: its repository, branch, PR and SHA describe the row. */
  head: Run;
  byPlatform: Record<Platform, Run[]>;
  /** The earliest creation time of the commit's runs. */
  createdAt: string | null;
};

/**
 * Runs of one commit sit in one row so "linux fail, windows pass" reads at a glance. Rows keep the order of the
 * list (newest first); a commit split over two loaded pages still gets one row.
 */
export function groupByCommit(runs: Run[]): CommitRow[] {
  const rows: CommitRow[] = [];
  const index = new Map<string, CommitRow>();
  for (const run of runs) {
    const key = `${run.repository.toLowerCase()}|${run.commit_sha.toLowerCase()}|${run.pr_number ?? ''}`;
    let row = index.get(key);
    if (!row) {
      row = { key, head: run, byPlatform: { linux: [], windows: [] }, createdAt: run.created_at };
      index.set(key, row);
      rows.push(row);
    }
    row.byPlatform[run.platform].push(run);
    if (run.created_at && (!row.createdAt || Date.parse(run.created_at) < Date.parse(row.createdAt))) row.createdAt = run.created_at;
  }
  return rows;
}

/** Milliseconds from start to completion, or until now while it runs; null when it never started. */
export function runDuration(run: Run, now = Date.now()): number | null {
  if (!run.started_at) return null;
  const end = run.completed_at ? Date.parse(run.completed_at) : now;
  const ms = end - Date.parse(run.started_at);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

import './sample-history.css';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { RelativeTime } from '@/components/relative-time';
import { StatusBadge, type Tone } from '@/components/status-badge';
import { known, type Known } from '@/lib/open-enum';
import { resultStatusWord } from '@/lib/result-status';
import type { HistoryEntry } from '../history-summary';
import { SafeText } from '@/components/safe-text';

const TONES: Record<Known<'ResultStatus'>, Tone> = {
  pass: 'pass',
  fail: 'fail',
  missing_output: 'missing',
  skipped: 'neutral',
  running: 'info',
  not_started: 'neutral',
};

const FIRST_ROWS = 12;

type RunRow = {
  runId: number;
  platform: string;
  branch: string | null;
  commitSha: string;
  testedAt: string;
  byTest: Map<number, HistoryEntry>;
};

/** One row per run, one column per regression test: reading down a column answers "is this failure new?". */
export function SampleHistoryTable({
  sampleId,
  currentRunId,
  entries,
  total,
  older,
}: {
  sampleId: number;
  currentRunId: number;
  entries: HistoryEntry[];
  total: number | null;
  /** The server has older results: how to load the next page. */
  older?: { loading: boolean; load: () => void };
}) {
  const [showAll, setShowAll] = useState(false);
  const { rows, tests } = useMemo(() => pivot(entries), [entries]);
  if (rows.length === 0) return <p className="empty">No run has tested this sample yet.</p>;
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="table-wrap">
        <table className="table history-table">
          <caption className="sr-only">Results of this sample's regression tests in the latest runs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Platform</th>
              <th scope="col">Commit</th>
              <th scope="col">Tested</th>
              {tests.map((id) => (
                <th scope="col" key={id}>
                  Test {id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.runId} aria-current={row.runId === currentRunId || undefined}>
                <th scope="row">
                  <Link
                    to="/runs/$runId/samples/$sampleId"
                    params={{ runId: String(row.runId), sampleId: String(sampleId) }}
                    preloadDelay={150}
                  >
                    Run {row.runId}
                  </Link>
                  {row.runId === currentRunId && <span className="muted"> (this run)</span>}
                </th>
                <td>{row.platform}</td>
                <td>
                  <code title={row.commitSha}>{row.commitSha.slice(0, 7)}</code>
                  {row.branch && (
                    <span className="muted">
                      {' '}
                      <SafeText text={row.branch} />
                    </span>
                  )}
                </td>
                <td>
                  <RelativeTime value={row.testedAt} />
                </td>
                {tests.map((id) => {
                  const entry = row.byTest.get(id);
                  return (
                    <td key={id}>
                      {entry ? (
                        <span className="history-cell">
                          <StatusBadge tone={TONES[known('ResultStatus', entry.status) ?? 'not_started']}>
                            {resultStatusWord(entry.status)}
                          </StatusBadge>
                          {entry.failure_signature && (
                            <code className="signature" title="Failure signature: the same one across commits means a genuine regression">
                              <SafeText text={entry.failure_signature} />
                            </code>
                          )}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted list-footer">
        {shown.length} of {rows.length} runs shown
        {total !== null && total > entries.length ? `, from the latest ${entries.length} of ${total} results in the history` : ''}{' '}
        {rows.length > FIRST_ROWS && (
          <button type="button" className="button button--quiet" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
            {showAll ? 'Show fewer runs' : `Show all ${rows.length} runs`}
          </button>
        )}{' '}
        {older && (showAll || rows.length <= FIRST_ROWS) && (
          // Not `disabled` while loading: a disabled button drops its focus to the page.
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={older.loading}
            onClick={() => !older.loading && older.load()}
          >
            {older.loading ? 'Loading older results…' : 'Load older results'}
          </button>
        )}
      </p>
    </>
  );
}

function pivot(entries: HistoryEntry[]): { rows: RunRow[]; tests: number[] } {
  const rows = new Map<number, RunRow>();
  const tests = new Set<number>();
  for (const entry of entries) {
    tests.add(entry.regression_test_id);
    let row = rows.get(entry.run_id);
    if (!row) {
      row = {
        runId: entry.run_id,
        platform: entry.platform,
        branch: entry.branch,
        commitSha: entry.commit_sha,
        testedAt: entry.tested_at,
        byTest: new Map(),
      };
      rows.set(entry.run_id, row);
    }
    row.byTest.set(entry.regression_test_id, entry);
  }
  return { rows: [...rows.values()].sort((a, b) => b.runId - a.runId), tests: [...tests].sort((a, b) => a - b) };
}

import { Link } from '@tanstack/react-router';
import { RelativeTime } from '@/components/relative-time';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { RESULT_STATUS_WORDS } from '@/lib/result-status';
import { useSampleHistory } from '../api/get-sample-history';

/** The last runs of each regression test of this sample: is this failure new? */
export function SampleHistory({ sampleId, currentRunId }: { sampleId: number; currentRunId: number }) {
  const history = useSampleHistory(sampleId);
  return (
    <QueryState query={history} what="the sample's history">
      {(page) =>
        page.data.length === 0 ? (
          <p className="empty">No other run tested this sample.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Regression test</th>
                  <th scope="col">Status</th>
                  <th scope="col">Platform</th>
                  <th scope="col">Branch</th>
                  <th scope="col">Commit</th>
                  <th scope="col">Tested</th>
                  <th scope="col">Failure signature</th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((entry) => (
                  <tr key={`${entry.run_id}-${entry.regression_test_id}`} aria-current={entry.run_id === currentRunId || undefined}>
                    <td>
                      <Link to="/runs/$runId/samples/$sampleId" params={{ runId: String(entry.run_id), sampleId: String(sampleId) }}>
                        Run {entry.run_id}
                      </Link>
                      {entry.run_id === currentRunId && <span className="muted"> (this run)</span>}
                    </td>
                    <td>{entry.regression_test_id}</td>
                    <td>
                      <StatusBadge tone={entry.status === 'pass' ? 'pass' : entry.status === 'fail' ? 'fail' : entry.status === 'missing_output' ? 'missing' : 'neutral'}>
                        {RESULT_STATUS_WORDS[entry.status]}
                      </StatusBadge>
                    </td>
                    <td>{entry.platform}</td>
                    <td>{entry.branch ?? '—'}</td>
                    <td>
                      <code title={entry.commit_sha}>{entry.commit_sha.slice(0, 7)}</code>
                    </td>
                    <td>
                      <RelativeTime value={entry.tested_at} />
                    </td>
                    <td>{entry.failure_signature ? <code>{entry.failure_signature}</code> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}

import './completeness-notice.css';
export type FullDiffStatus =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number }
  | { kind: 'done'; elapsedMs: number }
  | { kind: 'too-different'; sharedLines: number; elapsedMs: number }
  | { kind: 'failed'; message: string };

type Props = {
  reasons: readonly string[];
  status: FullDiffStatus;
  /** Why the browser cannot compute it (a file is missing or was truncated); null when it can. */
  cannotCompute: string | null;
  onCompute: () => void;
  onShowServerDiff: () => void;
};

/** The server silently capped this diff: say so plainly and offer to diff the whole files here. */
export function CompletenessNotice({ reasons, status, cannotCompute, onCompute, onShowServerDiff }: Props) {
  if (status.kind === 'done') {
    return (
      <div className="notice notice--info" role="status">
        Showing the full diff, computed in this browser from the two files in {status.elapsedMs} ms.{' '}
        <button type="button" className="button button--quiet" onClick={onShowServerDiff}>
          Show the server’s diff
        </button>
      </div>
    );
  }
  return (
    <div className="notice notice--warn completeness" role="status">
      <p>
        <strong>This diff is incomplete.</strong> The server cuts diffs at 500 hunks, 500 lines per hunk and 1,000 characters per line, and
        this one hit those limits:
      </p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}.</li>
        ))}
      </ul>
      {cannotCompute ? (
        <p>{cannotCompute}</p>
      ) : (
        <p>
          <button type="button" className="button" onClick={onCompute} disabled={status.kind === 'running'}>
            {status.kind === 'running' ? 'Computing the full diff…' : 'Compute full diff'}
          </button>{' '}
          {status.kind === 'running' ? (
            <progress className="full-diff-progress" value={status.fraction} max={1} aria-label="Full diff progress" />
          ) : (
            <span className="muted">from the expected and actual files, in this browser.</span>
          )}
        </p>
      )}
      {status.kind === 'failed' && <p>{status.message}</p>}
    </div>
  );
}

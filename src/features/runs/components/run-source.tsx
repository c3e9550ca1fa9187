import { commitUrl, ExternalLink, pullRequestUrl, safeGithubUrl } from '@/components/github-links';
import type { Run } from '../api/run-status';

export const UPSTREAM = 'CCExtractor/ccextractor';

/** "PR #1234 · a1b2c3d" or "master · a1b2c3d", linking to GitHub; the fork when it is not upstream. */
export function RunSource({ run }: { run: Run }) {
  const shortSha = run.commit_sha.slice(0, 7);
  return (
    <span className="run-source">
      {run.pr_number !== null ? (
        <ExternalLink href={safeGithubUrl(run.github_link) ?? pullRequestUrl(run.repository, run.pr_number)}>
          PR #{run.pr_number}
        </ExternalLink>
      ) : (
        <span className="branch">{run.branch ?? 'no branch'}</span>
      )}{' '}
      ·{' '}
      <ExternalLink href={commitUrl(run.repository, run.commit_sha)}>
        <code title={run.commit_sha}>{shortSha}</code>
      </ExternalLink>
      {run.repository !== UPSTREAM && <span className="muted"> · fork {run.repository}</span>}
    </span>
  );
}

import './run-source.css';
import { Link } from '@tanstack/react-router';
import { commitUrl, ExternalLink, pullRequestUrl, repositoryUrl, safeGithubUrl } from '@/components/github-links';
import type { Run } from '../api/run-status';
import { SafeText } from '@/components/safe-text';

export const UPSTREAM = 'CCExtractor/ccextractor';

export function isFork(run: Pick<Run, 'repository'>): boolean {
  return run.repository.toLowerCase() !== UPSTREAM.toLowerCase();
}

/** The two lines of a run's source while the run loads, so the facts below do not move when it arrives. */
export function RunSourcePlaceholder() {
  return (
    <span className="run-source" aria-hidden="true">
      <span className="run-source__ref">
        <span className="skeleton skeleton--short" />
      </span>
      <span className="run-source__commit">
        <span className="skeleton skeleton--short" />
      </span>
    </span>
  );
}

/**
 * What was tested: "PR #1724" or the branch, the short SHA, and the fork when it is not upstream; each linking to
 * GitHub. A pull request also links to its page here (`/pr/1724`), unless that is the page it is on.
 */
export function RunSource({ run, pullRequestPage = true }: { run: Run; pullRequestPage?: boolean }) {
  // The platform's own link knows where a pull request lives (a fork's PR is upstream); otherwise build it.
  const link = safeGithubUrl(run.github_link);
  const prHref =
    run.pr_number === null ? null : link?.includes(`/pull/${run.pr_number}`) ? link : pullRequestUrl(run.repository, run.pr_number);
  return (
    <span className="run-source">
      <span className="run-source__ref">
        {run.pr_number !== null && (
          <ExternalLink href={prHref} className="run-source__pr" title={`Pull request #${run.pr_number} on GitHub`}>
            PR #{run.pr_number}
          </ExternalLink>
        )}
        {run.pr_number !== null && pullRequestPage && (
          <Link
            to="/pr/$number"
            params={{ number: String(run.pr_number) }}
            className="run-source__pr-page"
            aria-label={`All runs of pull request #${run.pr_number}`}
            title="Every run of this pull request, its newest commit compared with the base run"
          >
            all runs
          </Link>
        )}
        {run.branch !== null && (
          <span className="run-source__branch" title="Branch">
            <SafeText text={run.branch} />
          </span>
        )}
        {run.pr_number === null && run.branch === null && <span className="muted">no branch</span>}
      </span>{' '}
      <span className="run-source__commit">
        <ExternalLink href={commitUrl(run.repository, run.commit_sha)} title={`Commit ${run.commit_sha} on GitHub`}>
          <code>{run.commit_sha.slice(0, 7)}</code>
        </ExternalLink>
        {isFork(run) && (
          <>
            {' '}
            <span className="run-source__fork">
              fork{' '}
              <ExternalLink href={repositoryUrl(run.repository)}>
                <SafeText text={run.repository} />
              </ExternalLink>
            </span>
          </>
        )}
      </span>
    </span>
  );
}

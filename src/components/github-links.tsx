// Links built from data are used only when they point at GitHub or are built from validated values.
export function safeGithubUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'github.com' ? parsed.href : null;
  } catch {
    return null;
  }
}

const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

export function commitUrl(repository: string, sha: string): string | null {
  return REPO.test(repository) && /^[0-9a-f]{40}$/i.test(sha) ? `https://github.com/${repository}/commit/${sha}` : null;
}

export function repositoryUrl(repository: string): string | null {
  return REPO.test(repository) ? `https://github.com/${repository}` : null;
}

export function pullRequestUrl(repository: string, pr: number): string | null {
  return REPO.test(repository) && Number.isSafeInteger(pr) && pr > 0 ? `https://github.com/${repository}/pull/${pr}` : null;
}

type ExternalLinkProps = { href: string | null; children: React.ReactNode; title?: string; className?: string };

export function ExternalLink({ href, children, title, className }: ExternalLinkProps) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={title} className={className}>
      {children}
    </a>
  );
}

import { useNavigate } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { ErrorState, RateLimited } from '@/components/error-state';
import { PageHeading } from '@/components/page-heading';
import { Loading } from '@/components/query-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api-error';
import { useLegacyResolution } from '../hooks/use-legacy-resolution';
import { describeLegacyLink, legacyPath } from '../legacy-path';
import { targetHref } from '../legacy-target';
import type { LegacyLink } from '../parse-legacy-link';
import type { Resolution } from '../resolve-legacy-link';
import { LinkFailure } from './link-failure';
import { RunChoice } from './run-choice';
import { TargetLink } from './target-link';

/**
 * An old sample-platform link opened on this app: looks up what it meant, then replaces itself in the history with
 * the matching screen; or asks which run (a commit's platforms, a release's runs); or says why it cannot be opened.
 */
export function LegacyRedirect({ link }: { link: LegacyLink }) {
  const navigate = useNavigate();
  const resolution = useLegacyResolution(link);
  const data = resolution.data;

  useEffect(() => {
    if (data?.kind === 'go') void navigate({ href: targetHref(data.target), replace: true });
  }, [data, navigate]);

  if (data && data.kind !== 'go') return <Resolved link={link} resolution={data} />;
  if (resolution.isError) {
    return (
      <LinkFailure path={legacyPath(link)} alert={false}>
        <p>The API could not tell where {describeLegacyLink(link)} is now.</p>
        <ErrorState error={resolution.error} what={describeLegacyLink(link)} onRetry={() => void resolution.refetch()} />
      </LinkFailure>
    );
  }
  const reason = resolution.failureReason;
  return (
    <Opening link={link}>{isApiError(reason) && reason.code === 'rate_limited' ? <RateLimited error={reason} retrying /> : null}</Opening>
  );
}

function Opening({ link, children }: { link: LegacyLink; children: ReactNode }) {
  useDocumentTitle('Opening a sample-platform link');
  return (
    <section aria-labelledby="legacy-opening-title">
      <PageHeading>
        <span id="legacy-opening-title">Opening a sample-platform link</span>
      </PageHeading>
      <Loading what={describeLegacyLink(link)} />
      {children}
    </section>
  );
}

function Resolved({ link, resolution }: { link: LegacyLink; resolution: Exclude<Resolution, { kind: 'go' }> }) {
  if (resolution.kind === 'fail') {
    return (
      <LinkFailure path={legacyPath(link)}>
        <p>{resolution.reason}</p>
        <p>
          <TargetLink target={resolution.way.target}>{resolution.way.label}</TargetLink>
        </p>
      </LinkFailure>
    );
  }
  return <Choice resolution={resolution} />;
}

function Choice({ resolution }: { resolution: Extract<Resolution, { kind: 'choose' }> }) {
  useDocumentTitle(`Choose a run · ${resolution.title}`);
  return (
    <section aria-labelledby="legacy-choice-title">
      <PageHeading>
        <span id="legacy-choice-title">Choose a run · {resolution.title}</span>
      </PageHeading>
      <p>{resolution.intro}</p>
      <RunChoice runs={resolution.runs} label={`Runs of ${resolution.title}`} />
      {resolution.more && (
        <p>
          <TargetLink target={resolution.more.target}>{resolution.more.label}</TargetLink>
        </p>
      )}
    </section>
  );
}

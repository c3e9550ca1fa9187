import './link-failure.css';
import type { ReactNode } from 'react';
import { PageHeading } from '@/components/page-heading';
import { SafeText } from '@/components/safe-text';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const FAILURE_TITLE = 'This link could not be opened';

/** "This link could not be opened": the reason, the old link, and a way forward. */
export function LinkFailure({ path, alert = true, children }: { path: string; alert?: boolean; children: ReactNode }) {
  useDocumentTitle(FAILURE_TITLE);
  return (
    <section
      className="state-panel state-panel--warn legacy-failure"
      role={alert ? 'alert' : undefined}
      aria-labelledby="legacy-failure-title"
    >
      <PageHeading>
        <span id="legacy-failure-title">{FAILURE_TITLE}</span>
      </PageHeading>
      {children}
      <p className="muted legacy-failure__link">
        The link:{' '}
        <code className="break">
          <SafeText text={path.slice(0, 300)} />
        </code>
      </p>
    </section>
  );
}

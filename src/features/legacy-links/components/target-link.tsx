import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AppTarget } from '../legacy-target';
import { outputLink } from '@/lib/output-link';

/** A link to a screen an old link resolved to. */
export function TargetLink({ target, children }: { target: AppTarget; children: ReactNode }) {
  switch (target.screen) {
    case 'run':
      return (
        <Link to="/runs/$runId" params={{ runId: String(target.runId) }}>
          {children}
        </Link>
      );
    case 'sample':
      return (
        <Link to="/runs/$runId/samples/$sampleId" params={{ runId: String(target.runId), sampleId: String(target.sampleId) }}>
          {children}
        </Link>
      );
    case 'output':
      return <Link {...outputLink(target)}>{children}</Link>;
    case 'runs':
      return (
        <Link to="/" search={target.search}>
          {children}
        </Link>
      );
  }
}

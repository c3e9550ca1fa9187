import { Link } from '@tanstack/react-router';
import { KNOWN_PAGES } from '../explain-link';
import { LegacyLinkBox } from './legacy-link-box';
import { LinkFailure } from './link-failure';

/** A path under /test/, /sample/ or /regression/ that is no old page this viewer can translate. */
export function UnknownLegacyLink({ path }: { path: string }) {
  return (
    <LinkFailure path={path}>
      <p>It looks like a link to the old sample platform, but not to a page this viewer knows how to translate. Those are {KNOWN_PAGES}.</p>
      <p>
        <Link to="/">Go to the runs list</Link>
      </p>
      <LegacyLinkBox />
    </LinkFailure>
  );
}

import { useLocation } from '@tanstack/react-router';
import { LegacyRedirect } from '@/features/legacy-links/components/legacy-redirect';
import { UnknownLegacyLink } from '@/features/legacy-links/components/unknown-legacy-link';
import { parseLegacyLink } from '@/features/legacy-links/parse-legacy-link';

/**
 * The old sample platform's paths (`/test/…`, `/sample/…`, `/regression/test/…/view`) opened on this app: from a
 * bookmark, or a link whose host was swapped. They resolve to the new screen and replace themselves in the history.
 */
export function LegacyRoute() {
  const pathname = useLocation({ select: (location) => location.pathname });
  const link = parseLegacyLink(pathname);
  if (!link) return <UnknownLegacyLink path={pathname} />;
  // A new link (the box, back/forward between two old links) starts a new lookup.
  return <LegacyRedirect key={pathname} link={link} />;
}

import { Link, useLocation } from '@tanstack/react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** A path the viewer has no screen for (the routes are in ui.md). */
export function NotFoundRoute() {
  const location = useLocation();
  useDocumentTitle('Page not found');
  return (
    <main id="main" className="app-main">
      <section className="state-panel state-panel--warn" role="alert" aria-labelledby="not-found-title">
        <PageHeading>
          <span id="not-found-title">Page not found</span>
        </PageHeading>
        <p>
          This viewer has no page at <code>{location.pathname}</code>. Its screens are the runs list, a run, a sample of a run, and an
          output file.
        </p>
        <p>
          <Link to="/">Go to the runs list</Link>
        </p>
      </section>
    </main>
  );
}

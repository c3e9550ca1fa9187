import { Link, useLocation } from '@tanstack/react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFoundRoute() {
  const location = useLocation();
  useDocumentTitle('Page not found');
  return (
    <main id="main" className="app-main">
      <section className="state-panel state-panel--warn" role="alert">
        <h1>Page not found</h1>
        <p>
          This viewer has no page at <code>{location.pathname}</code>.
        </p>
        <p>
          <Link to="/">Go to the runs list</Link>
        </p>
      </section>
    </main>
  );
}

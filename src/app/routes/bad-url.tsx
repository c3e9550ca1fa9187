import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** A URL whose id is not an id: say which part is wrong instead of asking the API. */
export function BadUrl({ what, value }: { what: string; value: string }) {
  useDocumentTitle('Bad link');
  return (
    <section className="state-panel state-panel--warn" role="alert">
      <h1>Bad link</h1>
      <p>
        “{value.slice(0, 80)}” is not a valid {what}: ids are whole numbers from 1 up.
      </p>
      <p>
        <Link to="/">Go to the runs list</Link>
      </p>
    </section>
  );
}

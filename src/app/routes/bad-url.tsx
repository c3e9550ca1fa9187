import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SafeText } from '@/components/safe-text';

/** A URL whose id is not an id: say which part is wrong instead of asking the API. */
export function BadUrl({ what, value }: { what: string; value: string }) {
  useDocumentTitle(`Bad link · ${what}`);
  return (
    <section className="state-panel state-panel--warn" role="alert" aria-labelledby="bad-url-title">
      <PageHeading>
        <span id="bad-url-title">Bad link</span>
      </PageHeading>
      <p>
        “
        <code>
          <SafeText text={value.slice(0, 80)} />
        </code>
        {value.length > 80 ? '…' : ''}” is not a valid {what}: ids are whole numbers from 1 up, such as 9461.
      </p>
      <p>Check the link for a typo, or find the run from the list.</p>
      <p>
        <Link to="/">Go to the runs list</Link>
      </p>
    </section>
  );
}

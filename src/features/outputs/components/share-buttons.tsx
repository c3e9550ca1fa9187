import './output.css';
import { useRouter } from '@tanstack/react-router';
import { CopyButton } from '@/components/copy-button';
import { shareMarkdown, type ShareFacts, type ShareOutcome } from '../lib/share-markdown';

type Props = { facts: ShareFacts; outcome: ShareOutcome | null };

/** "Copy link" (the URL as shown, which never holds the token) and "Copy Markdown" for a bug report. */
export function ShareButtons({ facts, outcome }: Props) {
  const router = useRouter();
  // Read at click time: the view, context and line link may have changed since rendering.
  // publicHref keeps the base path a sub-path deployment (vite --base) serves the app under.
  const link = () => `${window.location.origin}${router.state.location.publicHref}`;
  return (
    <div className="share-buttons" role="group" aria-label="Share">
      <CopyButton value={link} label="Copy link" what="Link" className="button" />
      {outcome ? (
        <CopyButton value={() => shareMarkdown(facts, outcome, link())} label="Copy Markdown" what="Markdown" className="button" />
      ) : (
        <button type="button" className="button" disabled>
          Copy Markdown
        </button>
      )}
    </div>
  );
}

import './output.css';
import { RateLimitedInline } from '@/components/error-state';
import { rateLimitOf } from '@/components/query-state';
import type { DecodedFile } from '../hooks/use-decoded-file';
import type { FileQuery } from './file-section';
import { FileFacts } from './file-facts';

type Props = { side: string; decoded: DecodedFile | undefined; query: FileQuery };

/** One side's facts in the diff header, or a compact loading / error line with a way forward. */
export function FileFactsSlot({ side, decoded, query }: Props) {
  if (decoded) return <FileFacts side={side} decoded={decoded} />;
  if (query.isError && query.error) {
    return (
      <div className="file-facts" role="alert">
        <span className="file-facts__side">{side}</span>
        <span>
          Could not load the {side.toLowerCase()} file: {query.error.message}
        </span>
        <button type="button" className="button button--quiet" onClick={() => void query.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  const rateLimited = rateLimitOf(query);
  return (
    <div className="file-facts">
      <span className="file-facts__side">{side}</span>
      {rateLimited ? <RateLimitedInline error={rateLimited} /> : <span className="muted">loading…</span>}
    </div>
  );
}

import './file-section.css';
import type { Ref } from 'react';
import { ErrorState, RateLimited } from '@/components/error-state';
import { Loading, rateLimitOf } from '@/components/query-state';
import type { DecodedFile } from '../hooks/use-decoded-file';
import type { DiffSide } from '../lib/diff-blocks';
import { FileFacts } from './file-facts';
import { FileTextView } from './file-text-view';

export type FileQuery = { isError: boolean; error: Error | null; failureReason?: Error | null; refetch: () => Promise<unknown> };

type Props = {
  side: DiffSide;
  decoded: DecodedFile | undefined;
  query: FileQuery;
  target?: number | null;
  /** The section, focusable from script: a "Show the expected file" button hands focus to it. */
  ref?: Ref<HTMLElement>;
};

/** One file with its facts, or why it is not there yet. */
export function FileSection({ side, decoded, query, target = null, ref }: Props) {
  const name = side === 'expected' ? 'Expected' : 'Actual';
  const rateLimited = decoded ? undefined : rateLimitOf(query);
  return (
    <section className="file-section" aria-label={`${name} file`} tabIndex={-1} ref={ref}>
      {decoded ? (
        <>
          <FileFacts side={name} decoded={decoded} />
          <FileTextView decoded={decoded} side={side} target={target} />
        </>
      ) : query.isError && query.error ? (
        <ErrorState error={query.error} what={`the ${side} file`} onRetry={() => void query.refetch()} />
      ) : rateLimited ? (
        <RateLimited error={rateLimited} retrying />
      ) : (
        <Loading what={`the ${side} file`} />
      )}
    </section>
  );
}

import { ErrorState } from '@/components/error-state';
import { Loading } from '@/components/query-state';
import type { DecodedFile } from '../hooks/use-decoded-file';
import type { DiffSide } from '../lib/diff-blocks';
import { FileFacts } from './file-facts';
import { FileTextView } from './file-text-view';

export type FileQuery = { isError: boolean; error: Error | null; refetch: () => Promise<unknown> };

type Props = {
  side: DiffSide;
  decoded: DecodedFile | undefined;
  query: FileQuery;
  target?: number | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

/** One file with its facts, or why it is not there yet. */
export function FileSection({ side, decoded, query, target = null, onSelectLine }: Props) {
  const name = side === 'expected' ? 'Expected' : 'Actual';
  if (!decoded) {
    if (query.isError && query.error) return <ErrorState error={query.error} what={`the ${side} file`} onRetry={() => void query.refetch()} />;
    return <Loading what={`the ${side} file`} />;
  }
  return (
    <section className="file-section" aria-label={`${name} file`}>
      <FileFacts side={name} decoded={decoded} />
      <FileTextView decoded={decoded} side={side} target={target} onSelectLine={onSelectLine} />
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import type { OutputRef } from '@/lib/query-keys';
import { actualQueryOptions, type OutputFile } from '../api/get-actual';
import { expectedQueryOptions } from '../api/get-expected';
import type { FileQuery } from '../components/file-section';

/**
 * What one run's actual file of an output is, for comparing two runs (`?against=`): a file; its expected file when
 * the output matched (204 / 303: the run recorded no file of its own); or a reason there is none.
 */
export type RunActual =
  | { kind: 'loading' }
  | { kind: 'file'; file: OutputFile; matched: boolean }
  | { kind: 'missing_output' }
  /** 404 not_found: the run has no such output (or, on the platform's own server, produced none). */
  | { kind: 'absent' }
  | { kind: 'error'; error: Error };

export function useRunActual(ref: OutputRef): { state: RunActual; query: FileQuery } {
  const actual = useQuery(actualQueryOptions(ref));
  const matched = actual.data?.kind === 'matched';
  const expected = useQuery({ ...expectedQueryOptions(ref), enabled: matched });
  if (actual.isError && actual.data === undefined) {
    const absent = isApiError(actual.error) && actual.error.status === 404;
    return { state: absent ? { kind: 'absent' } : { kind: 'error', error: actual.error }, query: actual };
  }
  if (actual.data?.kind === 'differs') return { state: { kind: 'file', file: actual.data.file, matched: false }, query: actual };
  if (actual.data?.kind === 'missing_output') return { state: { kind: 'missing_output' }, query: actual };
  if (!matched) return { state: { kind: 'loading' }, query: actual };
  if (expected.isError && expected.data === undefined) return { state: { kind: 'error', error: expected.error }, query: expected };
  if (expected.data?.kind === 'file') return { state: { kind: 'file', file: expected.data.file, matched: true }, query: expected };
  // A match without an expected baseline cannot be: nothing to show.
  if (expected.data?.kind === 'missing_expected') return { state: { kind: 'absent' }, query: expected };
  return { state: { kind: 'loading' }, query: expected };
}

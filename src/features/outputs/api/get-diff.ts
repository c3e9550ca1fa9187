import { queryOptions } from '@tanstack/react-query';
import type { Diff } from '@/api/types';
import { parseBody } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import { diffCalls } from './file-routes';
import { sendFile } from './route-style';

export type DiffResult = { kind: 'diff'; diff: Diff } | { kind: 'missing_output'; message: string };

export async function getDiff(ref: OutputRef, context: number, signal?: AbortSignal): Promise<DiffResult> {
  try {
    const { response, body } = await sendFile(diffCalls(ref, { context_lines: context }), { signal });
    const diff = await parseBody('Diff', response, body);
    return { kind: 'diff', diff };
  } catch (error) {
    if (isApiError(error) && error.status === 404 && error.code === 'missing_output') {
      return { kind: 'missing_output', message: error.message };
    }
    throw error;
  }
}

export const diffQueryOptions = (ref: OutputRef, context: number) =>
  queryOptions({
    queryKey: queryKeys.outputs.diff(ref, context),
    queryFn: ({ signal }) => getDiff(ref, context, signal),
    staleTime: Infinity,
  });

/** The unified `.diff` text, for the download button. */
export async function getUnifiedDiff(ref: OutputRef, context: number): Promise<string> {
  const { response, body } = await sendFile(diffCalls(ref, { context_lines: context, format: 'unified' }));
  const unified = await parseBody('UnifiedDiff', response, body);
  return unified.content;
}

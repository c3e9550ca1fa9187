import { queryOptions } from '@tanstack/react-query';
import { getJson, type Schemas } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import { diffCall } from './file-routes';

export type Diff = Schemas['Diff'];

export type DiffResult = { kind: 'diff'; diff: Diff } | { kind: 'missing_output'; message: string };

export async function getDiff(ref: OutputRef, context: number, signal?: AbortSignal): Promise<DiffResult> {
  try {
    const diff = await getJson('Diff', diffCall(ref, { context_lines: context }), { signal });
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
  const unified = await getJson('UnifiedDiff', diffCall(ref, { context_lines: context, format: 'unified' }));
  return unified.content;
}

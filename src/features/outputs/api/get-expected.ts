import { queryOptions } from '@tanstack/react-query';
import { parseBody } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import type { OutputFile } from './get-actual';
import { fileCalls } from './file-routes';
import { sendFile } from './route-style';

export type ExpectedResult = { kind: 'file'; file: OutputFile } | { kind: 'missing_expected'; message: string };

export async function getExpected(ref: OutputRef, signal?: AbortSignal): Promise<ExpectedResult> {
  try {
    const { response, body } = await sendFile(fileCalls('expected', ref), { signal });
    return { kind: 'file', file: await parseBody('OutputFile', response, body) };
  } catch (error) {
    if (isApiError(error) && error.status === 404 && error.code === 'missing_expected') {
      return { kind: 'missing_expected', message: error.message };
    }
    throw error;
  }
}

export const expectedQueryOptions = (ref: OutputRef) =>
  queryOptions({
    queryKey: queryKeys.outputs.expected(ref),
    queryFn: ({ signal }) => getExpected(ref, signal),
    staleTime: Infinity,
  });

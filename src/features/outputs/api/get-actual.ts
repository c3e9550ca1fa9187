import { queryOptions } from '@tanstack/react-query';
import { parseBody, type Schemas } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { queryKeys, type OutputRef } from '@/lib/query-keys';
import { fileCalls, redirectedToExpected } from './file-routes';
import { sendFile } from './route-style';

export type OutputFile = Schemas['OutputFile'];

/** The three answers of /actual, never blurred: a file that differs, a match (204 / 303), no output at all. */
export type ActualResult = { kind: 'differs'; file: OutputFile } | { kind: 'matched' } | { kind: 'missing_output'; message: string };

export async function getActual(ref: OutputRef, signal?: AbortSignal): Promise<ActualResult> {
  try {
    const { response, body } = await sendFile(fileCalls('actual', ref), { signal });
    if (response.status === 204 || redirectedToExpected(response)) return { kind: 'matched' };
    return { kind: 'differs', file: await parseBody('OutputFile', response, body) };
  } catch (error) {
    if (isApiError(error) && error.status === 404 && error.code === 'missing_output') {
      return { kind: 'missing_output', message: error.message };
    }
    // A match whose 303 led to an expected file storage lost: still a match (the expected query says the rest).
    if (
      isApiError(error) &&
      error.status === 404 &&
      error.redirectedTo &&
      redirectedToExpected({ redirected: true, url: error.redirectedTo })
    ) {
      return { kind: 'matched' };
    }
    throw error;
  }
}

export const actualQueryOptions = (ref: OutputRef) =>
  queryOptions({
    queryKey: queryKeys.outputs.actual(ref),
    queryFn: ({ signal }) => getActual(ref, signal),
    // A finished run's files never change.
    staleTime: Infinity,
  });

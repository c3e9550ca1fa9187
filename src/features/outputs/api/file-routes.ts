// The two file-route styles of api.md for each file request: the published query style and the repository's path
// style, which the platform's own server speaks. `sendFile` (route-style.ts) picks the one the server speaks.
import { api } from '@/lib/api-client';
import type { OutputRef } from '@/lib/query-keys';
import type { StyledCalls } from './route-style';

type FileFormat = 'text' | 'base64';

function pathParams(ref: OutputRef) {
  return { run_id: ref.runId, sample_id: ref.sampleId, regression_id: ref.regressionId, output_id: ref.outputId };
}

function queryParams(ref: OutputRef) {
  return { regression_id: ref.regressionId, output_id: ref.outputId };
}

export function fileCalls(side: 'actual' | 'expected', ref: OutputRef, format: FileFormat = 'base64'): StyledCalls {
  const query = { path: { run_id: ref.runId, sample_id: ref.sampleId }, query: { ...queryParams(ref), format } };
  const path = { path: pathParams(ref), query: { format } };
  return side === 'actual'
    ? {
        path: (init) =>
          api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/actual', {
            ...init,
            params: path,
          }),
        query: (init) => api.GET('/runs/{run_id}/samples/{sample_id}/actual', { ...init, params: query }),
      }
    : {
        path: (init) =>
          api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/expected', {
            ...init,
            params: path,
          }),
        query: (init) => api.GET('/runs/{run_id}/samples/{sample_id}/expected', { ...init, params: query }),
      };
}

export function diffCalls(ref: OutputRef, query: { context_lines?: number; format?: 'structured' | 'unified' }): StyledCalls {
  return {
    path: (init) =>
      api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/diff', {
        ...init,
        params: { path: pathParams(ref), query },
      }),
    query: (init) =>
      api.GET('/runs/{run_id}/samples/{sample_id}/diff', {
        ...init,
        params: { path: { run_id: ref.runId, sample_id: ref.sampleId }, query: { ...queryParams(ref), ...query } },
      }),
  };
}

/** In the path style fetch follows a matched output's 303 to /expected silently: this tells it happened. */
export function redirectedToExpected(response: Pick<Response, 'redirected' | 'url'>): boolean {
  if (!response.redirected) return false;
  try {
    return new URL(response.url).pathname.endsWith('/expected');
  } catch {
    return false;
  }
}

// The two file-route styles of api.md behind one setting: the published query style (default)
// and the repository's path style.
import { api, type SendInit } from '@/lib/api-client';
import type { OutputRef } from '@/lib/query-keys';
import { useSession } from '@/lib/session';

type FileFormat = 'text' | 'base64';

function pathParams(ref: OutputRef) {
  return { run_id: ref.runId, sample_id: ref.sampleId, regression_id: ref.regressionId, output_id: ref.outputId };
}

function queryParams(ref: OutputRef) {
  return { regression_id: ref.regressionId, output_id: ref.outputId };
}

const usePathStyle = () => useSession.getState().fileRoutes === 'path';

export function fileCall(side: 'actual' | 'expected', ref: OutputRef, format: FileFormat = 'base64') {
  return (init: SendInit) => {
    if (usePathStyle()) {
      const params = { path: pathParams(ref), query: { format } };
      return side === 'actual'
        ? api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/actual', { ...init, params })
        : api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/expected', { ...init, params });
    }
    const params = { path: { run_id: ref.runId, sample_id: ref.sampleId }, query: { ...queryParams(ref), format } };
    return side === 'actual'
      ? api.GET('/runs/{run_id}/samples/{sample_id}/actual', { ...init, params })
      : api.GET('/runs/{run_id}/samples/{sample_id}/expected', { ...init, params });
  };
}

export function diffCall(ref: OutputRef, query: { context_lines?: number; format?: 'structured' | 'unified' }) {
  return (init: SendInit) =>
    usePathStyle()
      ? api.GET('/runs/{run_id}/samples/{sample_id}/regression-tests/{regression_id}/outputs/{output_id}/diff', {
          ...init,
          params: { path: pathParams(ref), query },
        })
      : api.GET('/runs/{run_id}/samples/{sample_id}/diff', {
          ...init,
          params: { path: { run_id: ref.runId, sample_id: ref.sampleId }, query: { ...queryParams(ref), ...query } },
        });
}

/** In the path style fetch follows a matched output's 303 to /expected silently: this tells it happened. */
export function redirectedToExpected(response: Response): boolean {
  if (!response.redirected) return false;
  try {
    return new URL(response.url).pathname.endsWith('/expected');
  } catch {
    return false;
  }
}

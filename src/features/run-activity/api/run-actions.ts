import { useQueryClient } from '@tanstack/react-query';
import { useSingleWrite } from '@/hooks/use-single-write';
import { api, getJson, type Schemas } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type RunAction = Schemas['RunAction'];
export type RunActionKind = 'restart' | 'cancel';

/** `POST /runs/{id}/restart`: queue the run again; its results and progress are cleared. Never retried. */
export function restartRun(runId: number): Promise<RunAction> {
  return getJson('RunAction', (init) => api.POST('/runs/{run_id}/restart', { ...init, params: { path: { run_id: runId } } }));
}

/** `POST /runs/{id}/cancel`: stop a queued or running run (`no_op` for one that ended). Never retried. */
export function cancelRun(runId: number): Promise<RunAction> {
  return getJson('RunAction', (init) => api.POST('/runs/{run_id}/cancel', { ...init, params: { path: { run_id: runId } } }));
}

/**
 * Run again or cancel, one request per confirmation. When the platform accepted it, everything about the run is
 * read again (status, summary, results, progress, errors), and the runs list.
 */
export function useRunAction(runId: number, kind: RunActionKind) {
  const queryClient = useQueryClient();
  return useSingleWrite({
    mutationFn: () => (kind === 'restart' ? restartRun(runId) : cancelRun(runId)),
    onSuccess: (answer) => {
      if (answer.status !== 'accepted') return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs.detail(runId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs.list({}).slice(0, 2) });
    },
  });
}

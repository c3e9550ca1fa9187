import { useQueryClient } from '@tanstack/react-query';
import { useSingleWrite } from '@/hooks/use-single-write';
import { api, getJson, type Schemas } from '@/lib/api-client';
import { queryKeys, type OutputRef } from '@/lib/query-keys';

export type Approval = Schemas['BaselineApproval'];

/**
 * `POST /runs/{r}/samples/{s}/baseline-approval`: this run's actual file becomes the regression test's expected file
 * for every future run. Destructive, no undo: sent once per confirmation, never retried.
 */
export function approveBaseline(target: OutputRef, removeVariants: boolean): Promise<Approval> {
  return getJson('BaselineApproval', (init) =>
    api.POST('/runs/{run_id}/samples/{sample_id}/baseline-approval', {
      ...init,
      params: { path: { run_id: target.runId, sample_id: target.sampleId } },
      body: { regression_id: target.regressionId, output_id: target.outputId, remove_variants: removeVariants },
    }),
  );
}

/** The approval of one output; on success the regression test (its `correct` hash) and the output's files are read again. */
export function useApproveBaseline(target: OutputRef) {
  const queryClient = useQueryClient();
  return useSingleWrite({
    mutationFn: (removeVariants: boolean) => approveBaseline(target, removeVariants),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.regressionTests.all(target.regressionId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.outputs.all(target) });
    },
  });
}

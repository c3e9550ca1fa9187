import { useNavigate } from '@tanstack/react-router';
import { useToast } from '@/components/toast';
import { goToHunk } from '@/features/outputs/lib/hunk-navigation';
import type { DiffView } from '@/features/outputs/output-search';
import { useScreenShortcuts } from '@/features/preferences/shortcuts/screen-shortcuts';
import type { OutputStop } from '@/features/runs/failure-order';
import { useFailurePosition } from '@/features/runs/hooks/use-failure-position';
import { outputLink } from '@/lib/output-link';
import type { OutputRef } from '@/lib/query-keys';

type Props = { outputRef: OutputRef; view: DiffView; onViewChange: (view: DiffView) => void };

/**
 * The output screen's keys: `j`/`k` hunks, `n`/`p` the run's failing outputs (the runs feature's order), `u` split or
 * unified. Renders nothing: the screen places it where it knows the view.
 */
export function OutputShortcuts({ outputRef: ref, view, onViewChange }: Props) {
  const navigate = useNavigate();
  const notify = useToast();
  const { position } = useFailurePosition(ref.runId, ref);
  const open = (stop: OutputStop) =>
    void navigate({
      ...outputLink({ runId: ref.runId, sampleId: stop.sampleId, regressionId: stop.regressionId, outputId: stop.outputId }),
      // Keep the view and context the user chose, as the navigator's links do.
      search: true,
    });
  const step = (stop: OutputStop | null | undefined, none: string) => () => {
    if (stop) open(stop);
    else notify(position ? none : 'The failures of this run are still loading');
  };
  useScreenShortcuts({
    nextHunk: () => void goToHunk(1),
    previousHunk: () => void goToHunk(-1),
    nextFailure: step(
      position?.next,
      position?.total === 0 ? 'No failing output in this run' : 'This is the last failing output of the run',
    ),
    previousFailure: step(
      position?.previous,
      position?.total === 0 ? 'No failing output in this run' : 'This is the first failing output of the run',
    ),
    toggleView: () => onViewChange(view === 'split' ? 'unified' : 'split'),
  });
  return null;
}

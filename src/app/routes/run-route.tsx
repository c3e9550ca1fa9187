import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { RunScreen } from '@/features/runs/components/run-screen';
import type { SampleGroup } from '@/features/runs/group-results';
import { FlakyMark } from '@/features/samples/components/flaky-mark';
import type { RunSearch } from '@/features/runs/run-search';
import { parseId } from '@/lib/parse-id';
import { isFailing } from '@/lib/result-status';
import { BadUrl } from './bad-url';
import { useRunCaptions } from './caption-slots';
import { useRunActivity } from './run-activity-slots';

const route = getRouteApi('/authed/runs/$runId');

/** `/runs/:runId`: the run screen, with the verdicts of its failing caption outputs. */
export function RunRoute() {
  const { runId: rawRunId } = route.useParams();
  const runId = parseId(rawRunId);
  if (runId === null) return <BadUrl what="run id" value={rawRunId} />;
  return <RunOfId runId={runId} />;
}

function RunOfId({ runId }: { runId: number }) {
  const navigate = route.useNavigate();
  // Filters replace the history entry: Back leaves the screen rather than undoing each keystroke.
  const onSearchChange = useCallback((next: RunSearch) => void navigate({ search: next, replace: true }), [navigate]);
  const captions = useRunCaptions(runId);
  const { actions, activity } = useRunActivity(runId);
  return (
    <RunScreen
      runId={runId}
      params={route.useSearch()}
      onSearchChange={onSearchChange}
      captions={captions}
      flaky={flaky}
      actions={actions}
      activity={activity}
    />
  );
}

/** A failing sample's flaky mark: its history, asked for when the row comes near the screen. */
function flaky(group: SampleGroup, platform: string) {
  if (group.sampleId === null) return null;
  const failing = group.results.filter((_, i) => isFailing(group.verdicts[i] ?? 'pass'));
  return <FlakyMark sampleId={group.sampleId} regressionIds={failing.map((r) => r.regression_test_id)} platform={platform} />;
}

import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { RunScreen } from '@/features/runs/components/run-screen';
import type { RunSearch } from '@/features/runs/run-search';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';
import { useRunCaptions } from './caption-slots';

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
  return <RunScreen runId={runId} params={route.useSearch()} onSearchChange={onSearchChange} captions={captions} />;
}

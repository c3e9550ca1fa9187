import { getRouteApi } from '@tanstack/react-router';
import { LiveNote } from '@/features/runs/components/run-facts';
import { useRunAndResults } from '@/features/runs/hooks/use-run-and-results';
import { SampleLogs } from '@/features/run-activity/components/sample-logs';
import { SampleScreen } from '@/features/samples/components/sample-screen';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';
import { useCaptionLabel } from './caption-slots';

const route = getRouteApi('/authed/runs/$runId/samples/$sampleId');

/** `/runs/:runId/samples/:sampleId`: the sample screen, given the run and its results (the runs feature's). */
export function SampleRoute() {
  const params = route.useParams();
  const runId = parseId(params.runId);
  const sampleId = parseId(params.sampleId);
  if (runId === null) return <BadUrl what="run id" value={params.runId} />;
  if (sampleId === null) return <BadUrl what="sample id" value={params.sampleId} />;
  return <SampleInRun runId={runId} sampleId={sampleId} />;
}

function SampleInRun({ runId, sampleId }: { runId: number; sampleId: number }) {
  const { run, results } = useRunAndResults(runId);
  const outputLabel = useCaptionLabel(runId, sampleId);
  return (
    <SampleScreen
      runId={runId}
      sampleId={sampleId}
      run={run}
      results={results}
      liveNote={<LiveNote run={run.data} />}
      outputLabel={outputLabel}
      logs={<SampleLogs runId={runId} sampleId={sampleId} />}
    />
  );
}

import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { QueryState } from '@/components/query-state';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { useSample } from '@/features/samples/api/get-sample';
import { RegressionResultCard } from '@/features/samples/components/regression-result-card';
import { SampleFacts } from '@/features/samples/components/sample-facts';
import { SampleHistory } from '@/features/samples/components/sample-history';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';

const route = getRouteApi('/authed/runs/$runId/samples/$sampleId');

export function SampleRoute() {
  const params = route.useParams();
  const runId = parseId(params.runId);
  const sampleId = parseId(params.sampleId);
  if (runId === null) return <BadUrl what="run id" value={params.runId} />;
  if (sampleId === null) return <BadUrl what="sample id" value={params.sampleId} />;
  return <SampleScreen runId={runId} sampleId={sampleId} />;
}

function SampleScreen({ runId, sampleId }: { runId: number; sampleId: number }) {
  const run = useRun(runId);
  const sample = useSample(sampleId);
  const results = useRunResults(runId);
  const [showHistory, setShowHistory] = useState(false);
  const name = sample.data?.original_name ?? results.data?.items.find((r) => r.sample_id === sampleId)?.sample_name ?? `sample ${sampleId}`;
  useDocumentTitle(`Run ${runId} · ${name}`);
  const mine = results.data?.items.filter((r) => r.sample_id === sampleId) ?? [];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Runs', link: { to: '/' } },
          { label: `Run ${runId}${run.data ? ` · ${run.data.platform}` : ''}`, link: { to: '/runs/$runId', params: { runId: String(runId) } } },
          { label: name },
        ]}
      />
      <h1 tabIndex={-1} className="break">
        {name}
      </h1>
      <QueryState query={sample} what="the sample">
        {(data) => <SampleFacts sample={data} />}
      </QueryState>
      <h2>Regression tests in run {runId}</h2>
      <QueryState query={results} what="the run's results">
        {() =>
          mine.length === 0 ? (
            <p className="empty">Run {runId} has no result for sample {sampleId}.</p>
          ) : (
            mine.map((result) => <RegressionResultCard key={result.regression_test_id} runId={runId} result={result} />)
          )
        }
      </QueryState>
      <h2>History across runs</h2>
      {showHistory ? (
        <SampleHistory sampleId={sampleId} currentRunId={runId} />
      ) : (
        <button type="button" className="button" onClick={() => setShowHistory(true)}>
          Show the last runs of this sample
        </button>
      )}
    </>
  );
}

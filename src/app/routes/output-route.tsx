import { getRouteApi } from '@tanstack/react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { OutputScreen } from '@/features/outputs/components/output-screen';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { parseId } from '@/lib/parse-id';
import { BadUrl } from './bad-url';

const route = getRouteApi('/authed/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId');

export function OutputRoute() {
  const params = route.useParams();
  const runId = parseId(params.runId);
  const sampleId = parseId(params.sampleId);
  const regressionId = parseId(params.regressionId);
  const outputId = parseId(params.outputId);
  if (runId === null) return <BadUrl what="run id" value={params.runId} />;
  if (sampleId === null) return <BadUrl what="sample id" value={params.sampleId} />;
  if (regressionId === null) return <BadUrl what="regression test id" value={params.regressionId} />;
  if (outputId === null) return <BadUrl what="output id" value={params.outputId} />;
  return <OutputPage runId={runId} sampleId={sampleId} regressionId={regressionId} outputId={outputId} />;
}

function OutputPage(ref: { runId: number; sampleId: number; regressionId: number; outputId: number }) {
  const search = route.useSearch();
  const run = useRun(ref.runId);
  const results = useRunResults(ref.runId);
  const result = results.data?.items.find((r) => r.regression_test_id === ref.regressionId);
  const output = result?.outputs.find((o) => o.output_id === ref.outputId);
  const filename = output?.filename ?? `output ${ref.outputId}`;
  const sampleName = result?.sample_name ?? `sample ${ref.sampleId}`;
  useDocumentTitle(`Run ${ref.runId} · sample ${ref.sampleId} · ${filename}`);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Runs', link: { to: '/' } },
          { label: `Run ${ref.runId}${run.data ? ` · ${run.data.platform}` : ''}`, link: { to: '/runs/$runId', params: { runId: String(ref.runId) } } },
          {
            label: sampleName,
            link: { to: '/runs/$runId/samples/$sampleId', params: { runId: String(ref.runId), sampleId: String(ref.sampleId) } },
          },
          { label: filename },
        ]}
      />
      <h1 tabIndex={-1} className="break">
        {filename}
      </h1>
      <p className="muted">
        Regression test {ref.regressionId}
        {result?.command != null && (
          <>
            {' '}
            · <code>ccextractor {result.command}</code>
          </>
        )}
      </p>
      <OutputScreen outputRef={ref} context={search.context ?? 3} result={result} />
    </>
  );
}

import { getRouteApi, useLocation } from '@tanstack/react-router';
import { Tooltip } from 'radix-ui';
import { useCallback, useEffect, useMemo } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { useRegressionTest } from '@/features/samples/api/get-regression-test';
import { useRun } from '@/features/runs/api/get-run';
import { useRunResults } from '@/features/runs/api/get-run-results';
import { FailureNavigator } from '@/features/runs/components/failure-navigator';
import { LineHashNotice } from '@/features/outputs/components/line-hash-notice';
import { OutputHeading } from '@/features/outputs/components/output-heading';
import { OutputScreen } from '@/features/outputs/components/output-screen';
import { parseLineAnchor } from '@/features/outputs/lib/line-anchor';
import { readOutputSearch, type ContextLines, type DiffView } from '@/features/outputs/output-search';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { baselineName, readableOutputName } from '@/lib/output-name';
import { parseId } from '@/lib/parse-id';
import { useViewedOutputs } from '@/lib/viewed-outputs';
import { readCueSearch, type CueFilter } from '@/features/captions/lib/cue-filter';
import { BadUrl } from './bad-url';
import { MismatchedLink, mismatchOf } from './mismatched-link';
import { useOutputShortcuts } from './output-shortcuts';
import { useCaptionSlot } from './use-caption-slot';

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
  // Tooltips (the storage badges) are only on this screen: their provider, and Radix's tooltip, load with it.
  return (
    <Tooltip.Provider delayDuration={300}>
      <OutputPage runId={runId} sampleId={sampleId} regressionId={regressionId} outputId={outputId} />
    </Tooltip.Provider>
  );
}

type Ref = { runId: number; sampleId: number; regressionId: number; outputId: number };

/** What the screen's controls change in the URL's search. */
type SearchChange = { view?: DiffView; context?: ContextLines; w?: 1; only?: CueFilter };

function OutputPage(ref: Ref) {
  const params = route.useSearch();
  const { search, ignored: ignoredParams } = useMemo(() => readOutputSearch(params), [params]);
  const cueSearch = useMemo(() => readCueSearch(params), [params]);
  const hash = useLocation({ select: (location) => location.hash });
  const navigate = route.useNavigate();
  const anchor = useMemo(() => parseLineAnchor(hash), [hash]);
  const run = useRun(ref.runId);
  const results = useRunResults(ref.runId);
  const result = results.data?.items.find((r) => r.regression_test_id === ref.regressionId);
  const output = result?.outputs.find((o) => o.output_id === ref.outputId);
  // Only the regression test knows which of its outputs it ignores (their differences do not fail it).
  const regressionTest = useRegressionTest(ref.regressionId);
  const baseline = regressionTest.data ? (regressionTest.data.outputs.find((o) => o.id === ref.outputId) ?? null) : undefined;
  const sampleName = result?.sample_name ?? `sample ${ref.sampleId}`;
  // The platform's own server lists no file for a missing output: the regression test names the expected one.
  const expectedName = baseline ? baselineName(baseline, result?.sample_name ?? regressionTest.data?.sample_name) : undefined;
  const filename = output?.filename ?? expectedName ?? `output ${ref.outputId}`;
  // "BBC1_HD.p1.svc01.srt" reads better than the stored "<sha256>.p1.svc01.srt", which stays below for copying.
  const title = readableOutputName(filename, result?.sample_name);
  const mismatch = mismatchOf(ref, results.data?.items ?? []);
  useDocumentTitle(
    mismatch ? `Bad link · run ${ref.runId} · sample ${ref.sampleId}` : `Run ${ref.runId} · sample ${ref.sampleId} · ${title}`,
  );

  // View, context and line links live in the URL; changing them replaces the entry and keeps the scroll position.
  const replaceUrl = useCallback(
    (change: { search?: SearchChange; hash?: string }) =>
      void navigate({
        search: change.search ? (prev) => ({ ...prev, ...change.search }) : true,
        hash: change.hash ?? true,
        replace: true,
        resetScroll: false,
        hashScrollIntoView: false,
      }),
    [navigate],
  );
  const onViewChange = useCallback((view: DiffView) => replaceUrl({ search: { view } }), [replaceUrl]);
  const view = search.view ?? 'split';
  useOutputShortcuts(ref, view, onViewChange);
  const markViewed = useViewedOutputs((state) => state.markViewed);
  const { runId, regressionId, outputId } = ref;
  useEffect(() => markViewed({ runId, regressionId, outputId }), [markViewed, runId, regressionId, outputId]);
  const onContextChange = useCallback((context: ContextLines) => replaceUrl({ search: { context } }), [replaceUrl]);
  const onHideWhitespaceChange = useCallback((hide: boolean) => replaceUrl({ search: { w: hide ? 1 : undefined } }), [replaceUrl]);
  const onFilterChange = useCallback((only: CueFilter | undefined) => replaceUrl({ search: { only } }), [replaceUrl]);
  const onSelectCue = useCallback((index: number) => replaceUrl({ hash: `C${index}` }), [replaceUrl]);
  const captions = useCaptionSlot({
    outputRef: ref,
    filename: output?.filename,
    filter: cueSearch.only,
    onFilterChange,
    cue: anchor?.side === 'cue' ? anchor.index : null,
    onSelectCue,
  });
  const onSelectLine = useCallback(
    (side: 'expected' | 'actual', line: number) => replaceUrl({ hash: `${side === 'expected' ? 'L' : 'R'}${line}` }),
    [replaceUrl],
  );

  if (mismatch) return <MismatchedLink mismatch={mismatch} outputRef={ref} />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Runs', link: { to: '/' } },
          {
            label: `Run ${ref.runId}${run.data ? ` · ${run.data.platform}` : ''}`,
            link: { to: '/runs/$runId', params: { runId: String(ref.runId) } },
          },
          {
            label: sampleName,
            link: { to: '/runs/$runId/samples/$sampleId', params: { runId: String(ref.runId), sampleId: String(ref.sampleId) } },
          },
          { label: title },
        ]}
      />
      {/* An output the run does not list (a Not-found id) has no place among its failures. */}
      {(!results.data || output) && <FailureNavigator runId={ref.runId} current={ref} />}
      <OutputHeading
        regressionId={ref.regressionId}
        title={title}
        filename={filename}
        sampleName={sampleName}
        result={result}
        output={output}
        baseline={baseline}
      />
      <IgnoredParamsNotice params={ignoredParams} fallback="Showing the split view with 3 context lines in its place." />
      <IgnoredParamsNotice params={cueSearch.ignored} fallback="Showing all cues in its place." />
      {hash && !anchor && <LineHashNotice hash={hash} />}
      <OutputScreen
        outputRef={ref}
        view={view}
        context={search.context ?? 3}
        anchor={anchor}
        onViewChange={onViewChange}
        onContextChange={onContextChange}
        hideWhitespace={search.w === 1}
        onHideWhitespaceChange={onHideWhitespaceChange}
        onSelectLine={onSelectLine}
        result={result}
        baseline={baseline}
        expectedName={expectedName}
        contextLoading={results.isPending || regressionTest.isPending}
        captions={captions}
        facts={{
          runId: ref.runId,
          platform: run.data?.platform,
          prNumber: run.data?.pr_number,
          branch: run.data?.branch,
          commitSha: run.data?.commit_sha,
          sampleId: ref.sampleId,
          sampleName: result?.sample_name,
          regressionId: ref.regressionId,
          command: result?.command,
          filename,
          exitCode: result?.exit_code,
          expectedRc: result?.expected_rc,
        }}
      />
    </>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import * as Tooltip from 'radix-ui/tooltip';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { Loading } from '@/components/query-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useReplaceSearch } from '@/hooks/use-replace-search';
import type { Schemas } from '@/lib/api-client';
import { baselineName, readableOutputName } from '@/lib/output-name';
import type { OutputRef } from '@/lib/query-keys';
import type { RunSample } from '@/lib/result-status';
import { useViewedOutputs } from '@/lib/viewed-outputs';
import type { OutputCaptions } from '../caption-slot';
import { parseLineAnchor } from '../lib/line-anchor';
import { readOutputSearch, type ContextLines, type DiffView, type OutputSearch, type OutputSearchParams } from '../output-search';
import { LineHashNotice } from './line-hash-notice';
import { MismatchedLink, mismatchOf } from './mismatched-link';
import { OutputHeading } from './output-heading';
import { CompareWith, type CompareTargets } from './compare-with';
import { useFactsIn } from '../hooks/use-facts-in';
import { OutputScreen, type OutputReviewFacts } from './output-screen';

type Props = {
  outputRef: OutputRef;
  /** The URL's search, as the route validated it. */
  params: OutputSearchParams;
  /** The run, its results and the regression test are other features' queries: the app reads them and hands them over. */
  run: UseQueryResult<Schemas['Run']>;
  /** Every result of the run: all its pages, for a run of a thousand samples many round trips away. */
  results: UseQueryResult<{ items: RunSample[] }>;
  /** This regression test's result alone, asked for beside them (null: the run has none); idle once `results` are in. */
  ownResult: UseQueryResult<RunSample | null>;
  /** Only the regression test knows which of its outputs it ignores (their differences do not fail it). */
  regressionTest: UseQueryResult<Schemas['RegressionTest']>;
  /** The runs feature's previous / next failing output of the run, under the breadcrumbs. */
  failureNavigator: ReactNode;
  captions: OutputCaptions;
  /** The screen's keyboard shortcuts, which change the view with `onViewChange`. */
  shortcuts: (view: DiffView, onViewChange: (view: DiffView) => void) => ReactNode;
  /** Approving the output as expected, and whether its baseline changed since the run (the review feature's, from the app). */
  review?: (facts: OutputReview) => ReactNode;
  /** What "Compare with" offers besides expected: the base run and the other platform's run (the runs feature's). */
  compareTargets?: CompareTargets;
};

/** What the review slot is told: the output's state, and the names and facts the screen shows. */
export type OutputReview = OutputReviewFacts & {
  /** The file's readable name. */
  title: string;
  sampleName: string | undefined;
  platform: string | undefined;
  /** This run's recorded result of the regression test. */
  resultStatus: string | undefined;
  /** The regression test's current baseline of the output (`outputs[].correct`); undefined while it loads. */
  correct: string | undefined;
};

/**
 * `/runs/:runId/samples/:sampleId/regressions/:regressionId/outputs/:outputId`: breadcrumbs, the failure navigator,
 * the output's heading and notices, then `OutputScreen` (the diff or the file's state). View, context, whitespace and
 * line links live in the URL.
 */
export function OutputFileScreen(props: Props) {
  // Tooltips (the storage badges) are only on this screen: their provider, and Radix's tooltip, load with it.
  return (
    <Tooltip.Provider delayDuration={300}>
      <OutputPage {...props} />
    </Tooltip.Provider>
  );
}

function OutputPage(props: Props) {
  const { outputRef: ref, params, run, results, ownResult, regressionTest, failureNavigator, captions, shortcuts, review } = props;
  const { search, ignored: ignoredParams } = useMemo(() => readOutputSearch(params), [params]);
  const hash = useLocation({ select: (location) => location.hash });
  const anchor = useMemo(() => parseLineAnchor(hash), [hash]);
  const result = results.data?.items.find((r) => r.regression_test_id === ref.regressionId) ?? ownResult.data ?? undefined;
  const output = result?.outputs.find((o) => o.output_id === ref.outputId);
  // Still finding out whether the run has a result for this regression test (its own answer, or all of them).
  const resultPending = !result && !results.isSuccess && (ownResult.fetchStatus === 'fetching' || results.fetchStatus === 'fetching');
  // An output the run does not list (a Not-found id, the platform's missing output) has no place among its failures.
  const notInRun = result ? !output : results.isSuccess || ownResult.data === null;
  const baseline = regressionTest.data ? (regressionTest.data.outputs.find((o) => o.id === ref.outputId) ?? null) : undefined;
  const sampleName = result?.sample_name ?? `sample ${ref.sampleId}`;
  // The platform's own server lists no file for a missing output: the regression test names the expected one.
  const expectedName = baseline ? baselineName(baseline, result?.sample_name ?? regressionTest.data?.sample_name) : undefined;
  const filename = output?.filename ?? expectedName ?? `output ${ref.outputId}`;
  // "BBC1_HD.p1.svc01.srt" reads better than the stored "<sha256>.p1.svc01.srt", which stays below for copying.
  const title = readableOutputName(filename, result?.sample_name);
  // A link to another sample's regression test is known from its own result; an output of another regression test
  // only once all results are in.
  const mismatch = mismatchOf(ref, results.data?.items ?? (result ? [result] : []));
  useDocumentTitle(
    mismatch ? `Bad link · run ${ref.runId} · sample ${ref.sampleId}` : `Run ${ref.runId} · sample ${ref.sampleId} · ${title}`,
  );

  // View, context and line links live in the URL; changing them replaces the entry and keeps the scroll position.
  const replaceUrl = useReplaceSearch<OutputSearch>();
  const onViewChange = useCallback((view: DiffView) => replaceUrl({ search: { view } }), [replaceUrl]);
  const view = search.view ?? 'split';
  const markViewed = useViewedOutputs((state) => state.markViewed);
  const { runId, regressionId, outputId } = ref;
  useEffect(() => markViewed({ runId, regressionId, outputId }), [markViewed, runId, regressionId, outputId]);
  const onContextChange = useCallback((context: ContextLines) => replaceUrl({ search: { context } }), [replaceUrl]);
  const onHideWhitespaceChange = useCallback((hide: boolean) => replaceUrl({ search: { w: hide ? 1 : undefined } }), [replaceUrl]);
  const cue = anchor?.side === 'cue' ? anchor.index : null;
  const captionSlot = useMemo(() => captions.slot(output?.filename, cue), [captions, output?.filename, cue]);
  const onSelectLine = useCallback(
    (side: 'expected' | 'actual', line: number) => replaceUrl({ hash: `${side === 'expected' ? 'L' : 'R'}${line}` }),
    [replaceUrl],
  );

  // The breadcrumbs, the failure navigator, the heading and its notices are drawn once the run, this result and the
  // regression test are in (requested before this code loaded), so nothing under them moves when they arrive. Not
  // all the run's results: the failure navigator keeps its place while they load.
  const factsIn = useFactsIn([run, ownResult, regressionTest]);

  if (mismatch) {
    return (
      <>
        {shortcuts(view, onViewChange)}
        <MismatchedLink mismatch={mismatch} outputRef={ref} />
      </>
    );
  }
  return (
    <>
      {shortcuts(view, onViewChange)}
      {factsIn ? (
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
          {!notInRun && failureNavigator}
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
          {captions.notice}
          {hash && !anchor && <LineHashNotice hash={hash} />}
          {props.compareTargets && (
            <CompareWith
              runId={ref.runId}
              against={search.against}
              targets={props.compareTargets}
              // Another comparison's line links point into other files: the hash goes with the old one.
              onChange={(against) => replaceUrl({ search: { against }, hash: '' })}
            />
          )}
        </>
      ) : (
        <Loading what="this output" />
      )}
      {/* Mounted from the start, so its requests are watched (a 429 met meanwhile is shown, not asked again). */}
      <OutputScreen
        hold={!factsIn}
        against={search.against}
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
        contextLoading={resultPending || regressionTest.isPending}
        captions={captionSlot}
        review={
          review &&
          ((facts) =>
            review({
              ...facts,
              title,
              sampleName: result?.sample_name ?? undefined,
              platform: run.data?.platform,
              resultStatus: result?.status,
              correct: baseline?.correct,
            }))
        }
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

// Composes the captions feature into the run, sample and output screens: the verdicts of failing caption outputs
// (their files come through the outputs feature's queries), and on the output screen the verdict above the diff and
// the cue view.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { IgnoredParamsNotice } from '@/components/ignored-params-notice';
import { CaptionLabel } from '@/features/captions/components/caption-label';
import { CaptionLabels } from '@/features/captions/components/caption-labels';
import { CaptionTally } from '@/features/captions/components/caption-tally';
import { CaptionVerdict } from '@/features/captions/components/caption-verdict';
import { CueView } from '@/features/captions/components/cue-view';
import type { LoadCaptionTexts } from '@/features/captions/hooks/use-caption-verdict';
import { readCueSearch, type CueFilter, type CueSearchParams } from '@/features/captions/lib/cue-filter';
import { formatFromExtension } from '@/features/captions/lib/detect-format';
import { failingCaptionOutputs, isCaptionFile } from '@/features/captions/lib/failing-outputs';
import { fetchOutputTexts } from '@/features/outputs/api/fetch-output-texts';
import type { CaptionSlot, OutputCaptions } from '@/features/outputs/caption-slot';
import type { RunCaptions } from '@/features/runs/components/run-screen';
import { useReplaceSearch } from '@/hooks/use-replace-search';
import type { OutputRef } from '@/lib/query-keys';
import { isFailing, resultVerdict, type RunSample } from '@/lib/result-status';
import { missingScopes, REQUIRED_SCOPES, useSession } from '@/lib/session';

/** How a screen loads an output's files for its caption label, or null when the token may not read files at all. */
function useCaptionLoader(): LoadCaptionTexts | null {
  const queryClient = useQueryClient();
  const load = useCallback<LoadCaptionTexts>((ref) => fetchOutputTexts(queryClient, ref), [queryClient]);
  // Without results:read every download would be refused (the scope notice says so once): label nothing.
  const canReadFiles = useSession((state) => !missingScopes(state.me).includes(REQUIRED_SCOPES.results));
  return canReadFiles ? load : null;
}

/** The run screen's captions: the tally of its failing caption outputs, and each sample's labels. */
export function useRunCaptions(runId: number): RunCaptions | null {
  const load = useCaptionLoader();
  return useMemo(
    () =>
      load && {
        tally: (results) => <RunCaptionTally runId={runId} results={results} />,
        labels: (group) => <CaptionLabels outputs={failingCaptionOutputs(runId, group.results)} load={load} />,
      },
    [runId, load],
  );
}

function RunCaptionTally({ runId, results }: { runId: number; results: readonly RunSample[] }) {
  const outputs = useMemo(() => failingCaptionOutputs(runId, results).map((o) => o.ref), [runId, results]);
  return <CaptionTally outputs={outputs} />;
}

/** The sample screen's label of a failing caption output of a failing result; nothing for any other output. */
export function useCaptionLabel(runId: number, sampleId: number) {
  const load = useCaptionLoader();
  return (result: RunSample, output: RunSample['outputs'][number]) =>
    load && output.status === 'fail' && isFailing(resultVerdict(result)) && isCaptionFile(output.filename) ? (
      <CaptionLabel
        outputRef={{ runId, sampleId, regressionId: result.regression_test_id, outputId: output.output_id }}
        filename={output.filename}
        load={load}
      />
    ) : null;
}

/**
 * The output screen's captions for caption outputs (.srt, .vtt, .ass/.ssa, timed .txt): the verdict and the cue
 * view, whose filter (`?only=`) and selected cue (`#C12`) live in the URL.
 */
export function useOutputCaptions(outputRef: OutputRef, params: CueSearchParams): OutputCaptions {
  const { only: filter, ignored } = useMemo(() => readCueSearch(params), [params]);
  const replaceUrl = useReplaceSearch<{ only?: CueFilter }>();
  const onFilterChange = useCallback((only: CueFilter | undefined) => replaceUrl({ search: { only } }), [replaceUrl]);
  const onSelectCue = useCallback((index: number) => replaceUrl({ hash: `C${index}` }), [replaceUrl]);
  const { runId, sampleId, regressionId, outputId } = outputRef;
  const slot = useCallback(
    (filename: string | undefined, cue: number | null): CaptionSlot | undefined => {
      if (filename === undefined || formatFromExtension(filename) === null) return undefined;
      const ref = { runId, sampleId, regressionId, outputId };
      return {
        verdict: (files) => <CaptionVerdict outputRef={ref} files={files} filename={filename} />,
        cues: (files, lineDiff) => (
          <CueView
            outputRef={ref}
            files={files}
            filename={filename}
            filter={filter}
            onFilterChange={onFilterChange}
            target={cue}
            onSelectCue={onSelectCue}
            lineDiff={lineDiff}
          />
        ),
      };
    },
    [runId, sampleId, regressionId, outputId, filter, onFilterChange, onSelectCue],
  );
  return useMemo(
    () => ({ slot, notice: <IgnoredParamsNotice params={ignored} fallback="Showing all cues in its place." /> }),
    [slot, ignored],
  );
}

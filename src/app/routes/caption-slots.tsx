// Composes the captions feature into the output screen: the verdict above the diff and the cue view.
import { useMemo } from 'react';
import { CaptionVerdict } from '@/features/captions/components/caption-verdict';
import { CueView } from '@/features/captions/components/cue-view';
import type { CueFilter } from '@/features/captions/lib/cue-filter';
import { formatFromExtension } from '@/features/captions/lib/detect-format';
import type { CaptionSlot } from '@/features/outputs/caption-slot';
import type { OutputRef } from '@/lib/query-keys';

type Options = {
  outputRef: OutputRef;
  /** The output's stored name, once the run's results name it. */
  filename: string | undefined;
  filter: CueFilter | undefined;
  onFilterChange: (filter: CueFilter | undefined) => void;
  /** Expected cue number of a `#C12` link. */
  cue: number | null;
  onSelectCue: (index: number) => void;
};

/** The slot for caption outputs (.srt, .vtt, .ass/.ssa, timed .txt); undefined for any other file. */
export function useCaptionSlot({ outputRef, filename, filter, onFilterChange, cue, onSelectCue }: Options): CaptionSlot | undefined {
  const { runId, sampleId, regressionId, outputId } = outputRef;
  return useMemo(() => {
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
  }, [runId, sampleId, regressionId, outputId, filename, filter, onFilterChange, cue, onSelectCue]);
}

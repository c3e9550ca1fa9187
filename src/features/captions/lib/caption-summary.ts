// What lists need of a caption diff: the verdict in words, without the rows
// (a few hundred bytes instead of every cue of both files).
import type { CaptionDiff } from './caption-diff';
import type { Verdict } from './classify';

export interface CaptionSummary {
  verdict: Verdict;
  sentence: string;
  label: string;
}

export function summarize({ verdict, sentence, label }: CaptionSummary | CaptionDiff): CaptionSummary {
  return { verdict, sentence, label };
}

// The caption-aware diff is another feature's: the app hands it to the output screen as this slot.
import type { ReactNode } from 'react';

export type CaptionFiles = {
  expected: string;
  actual: string;
  /** A file was cut at the API's 1 MiB limit: its last cues are not there. */
  truncated: boolean;
};

export type CaptionSlot = {
  /** One sentence saying how the captions differ, shown above the diff; null: the files are still loading (its place is kept). */
  verdict: (files: CaptionFiles | null) => ReactNode;
  /** The cue view (`?view=cues`); `lineDiff` is the line diff, for a file that turns out not to be captions. */
  cues: (files: CaptionFiles, lineDiff: ReactNode) => ReactNode;
};

/** The captions feature's part of the output screen, given by the app. */
export type OutputCaptions = {
  /** The slot for this output, given its stored name (once known) and the cue of a `#C12` link; undefined: no captions. */
  slot: (filename: string | undefined, cue: number | null) => CaptionSlot | undefined;
  /** Says which `?only=` value was not understood, below the screen's own notices. */
  notice: ReactNode;
};

// Messages between the page and the caption worker.
import type { CaptionDiff } from './caption-diff';
import type { CaptionSummary } from './caption-summary';

export interface CaptionInput {
  expected: string;
  actual: string;
  /** The expected output's name: it decides the format of files too empty to sniff. */
  filename: string;
}

export type CaptionRequest = CaptionInput & { id: number; rows: boolean };

export type CaptionReply = { id: number; ok: true; result: CaptionDiff | CaptionSummary } | { id: number; ok: false; message: string };

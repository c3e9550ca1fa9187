// Whether cues can follow a video at all, asked before the player (and lib/webvtt.ts) loads.
import type { Cue } from './cue';

/** Transcript cues with times since the Unix epoch: clock times, not times in the video. */
const EPOCH_FROM_MS = 365 * 86_400_000;

/** Whether the cues' times are times in the media (not a timed transcript's clock times), so a video can show them. */
export function hasMediaTimes(cues: readonly Cue[]): boolean {
  return cues.every((cue) => cue.start < EPOCH_FROM_MS);
}

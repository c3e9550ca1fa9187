// The rows whose cues are on screen in the video, per side: what the cue table highlights (lib/follow.ts finds them,
// in the player's chunk).
export type Side = 'expected' | 'actual';

export type CurrentRows = Readonly<Record<Side, readonly number[]>>;
export const NO_CURRENT_ROWS: CurrentRows = { expected: [], actual: [] };

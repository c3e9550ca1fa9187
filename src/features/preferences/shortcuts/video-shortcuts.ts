// The keys of the cue view's video, for the help overlay only (a file of its own, so the app's first chunk does not
// carry them: the overlay loads when it opens).
import type { ShortcutHelp } from './shortcut-list';

/**
 * The cue view's video (`?view=cues`, after "Play with video"): handled by the player itself while it is open
 * (features/captions/components/video-panel.tsx), listed here for the help.
 */
export const VIDEO_SHORTCUTS: ShortcutHelp[] = [
  { key: 'Space', description: 'Play or pause the video' },
  { key: '[', description: 'Previous differing cue' },
  { key: ']', description: 'Next differing cue' },
];

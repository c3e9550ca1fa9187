// Every keyboard shortcut of the viewer, as the help overlay lists them.

/** Shortcuts a screen provides (the output screen) by registering handlers with `useScreenShortcuts`. */
export const SCREEN_ACTIONS = ['nextHunk', 'previousHunk', 'nextFailure', 'previousFailure', 'toggleView'] as const;
export type ScreenAction = (typeof SCREEN_ACTIONS)[number];

export const SCREEN_KEYS: Record<string, ScreenAction> = {
  j: 'nextHunk',
  k: 'previousHunk',
  n: 'nextFailure',
  p: 'previousFailure',
  u: 'toggleView',
};

export type ShortcutHelp = { key: string; description: string };

export const GLOBAL_SHORTCUTS: ShortcutHelp[] = [
  { key: '?', description: 'Show or hide this list of shortcuts' },
  { key: 'c', description: 'Copy the link to this page' },
  { key: '/', description: 'Go to the search or filter box' },
];

export const OUTPUT_SHORTCUTS: Array<ShortcutHelp & { action: ScreenAction }> = [
  { key: 'j', action: 'nextHunk', description: 'Next hunk' },
  { key: 'k', action: 'previousHunk', description: 'Previous hunk' },
  { key: 'n', action: 'nextFailure', description: 'Next failing output in the run' },
  { key: 'p', action: 'previousFailure', description: 'Previous failing output in the run' },
  { key: 'u', action: 'toggleView', description: 'Switch between split and unified view' },
];

import { lazy, Suspense, useState } from 'react';
import { useToast } from '@/components/toast';
import { useKeyboardHelp } from '../shortcuts/help-store';
import { focusSearchBox } from '../shortcuts/focus-search';
import { runScreenAction } from '../shortcuts/screen-shortcuts';
import { SCREEN_KEYS, type ScreenAction } from '../shortcuts/shortcut-list';
import { useShortcuts, type ShortcutMap } from '@/hooks/use-shortcuts';

// The overlay (and Radix's dialog with it) loads the first time it opens: most visits never press `?`.
const KeyboardHelp = lazy(() => import('./keyboard-help').then((module) => ({ default: module.KeyboardHelp })));

function screenShortcut(action: ScreenAction) {
  return () => (runScreenAction(action) ? undefined : false);
}

const SCREEN_SHORTCUTS: ShortcutMap = Object.fromEntries(Object.entries(SCREEN_KEYS).map(([key, action]) => [key, screenShortcut(action)]));

/** The app's shortcuts (`?`, `c`, `/`, and the screen's j/k/n/p/u) and the help overlay. Mount once. */
export function GlobalShortcuts() {
  const notify = useToast();
  const setOpen = useKeyboardHelp((state) => state.setOpen);
  const open = useKeyboardHelp((state) => state.open);
  // Once loaded it stays mounted, so closing still plays Radix's exit and returns focus.
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);
  useShortcuts({
    ...SCREEN_SHORTCUTS,
    '?': () => setOpen(!useKeyboardHelp.getState().open),
    c: () => {
      // The address bar's URL: the token is never in it (ui.md).
      const copied = navigator.clipboard ? navigator.clipboard.writeText(window.location.href) : Promise.reject(new Error('no clipboard'));
      copied.then(
        () => notify('Link copied to the clipboard'),
        () => notify('Could not copy: the browser refused access to the clipboard', 'error'),
      );
    },
    '/': () => {
      // With no search box here, `/` keeps its browser meaning (quick find in some browsers).
      if (!focusSearchBox()) return false;
    },
  });
  return wanted ? (
    <Suspense fallback={null}>
      <KeyboardHelp />
    </Suspense>
  ) : null;
}

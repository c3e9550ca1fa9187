import { Suspense, useState } from 'react';
import type { ConfirmDialogProps } from './confirm-dialog-radix';
import { focusBack } from '@/hooks/use-focus-return';
import { lazyOr } from './lazy-or';

/** Radix's dialog, loaded by `load`; should its chunk fail to load (offline, a new deployment), a notice that says so. */
export const lazyConfirmDialog = (load: () => Promise<typeof import('./confirm-dialog-radix')>) =>
  lazyOr(() => load().then((module) => module.RadixConfirmDialog), DialogUnavailable);

// Radix's dialog (focus trap, scroll lock, layers) is not part of the screens' code: it loads with the first write
// asked for, a click that can wait the moment it takes.
const Dialog = lazyConfirmDialog(() => import('./confirm-dialog-radix'));

/** In place of the dialog when its code cannot load: nothing is sent, and the way out is said. */
function DialogUnavailable({ open, onOpenChange, title }: ConfirmDialogProps) {
  // The button that asked for the dialog keeps focus meanwhile; Close gives it back there.
  const [opener] = useState(() => document.activeElement);
  if (!open) return null;
  return (
    <div className="notice notice--fail" role="alert">
      <p>
        “{title}” could not be opened: the viewer could not load its code (offline, or a new version was deployed). Nothing was sent. Reload
        the page and try again.
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          onOpenChange(false);
          focusBack(opener);
        }}
      >
        Close
      </button>
    </div>
  );
}

/**
 * A write asks first: a modal dialog with what will happen, the choices, and one confirm button that sends the write
 * once (confirm-dialog-radix.tsx). Mounted from its first opening on, so that Radix can close it and give focus back.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [used, setUsed] = useState(props.open);
  if (props.open && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}

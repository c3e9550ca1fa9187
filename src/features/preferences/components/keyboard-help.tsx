import '@/components/dialog.css';
import './keyboard-help.css';
import * as Dialog from 'radix-ui/dialog';
import { useFocusReturn } from '@/hooks/use-focus-return';
import { GLOBAL_SHORTCUTS, OUTPUT_SHORTCUTS, type ShortcutHelp } from '../shortcuts/shortcut-list';
import { VIDEO_SHORTCUTS } from '../shortcuts/video-shortcuts';
import { useKeyboardHelp } from '../shortcuts/help-store';
import { activeScreenHandlers } from '../shortcuts/screen-shortcuts';

function ShortcutList({ shortcuts, label }: { shortcuts: ShortcutHelp[]; label: string }) {
  return (
    <dl className="shortcut-list" aria-label={label}>
      {shortcuts.map((shortcut) => (
        <div key={shortcut.key} className="shortcut-list__row">
          <dt>
            <kbd className="kbd">{shortcut.key}</kbd>
          </dt>
          <dd>{shortcut.description}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The `?` overlay: every shortcut, and where each works. */
export function KeyboardHelp() {
  const open = useKeyboardHelp((state) => state.open);
  const setOpen = useKeyboardHelp((state) => state.setOpen);
  const here = open ? activeScreenHandlers() : {};
  const onThisScreen = OUTPUT_SHORTCUTS.some((shortcut) => here[shortcut.action]);
  // Opened by a key or the header button, with no Dialog.Trigger.
  const focusReturn = useFocusReturn();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog keyboard-help"
          {...focusReturn}
          onKeyDown={(event) => {
            // `?` closes the overlay it opened.
            if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey) {
              event.preventDefault();
              setOpen(false);
            }
          }}
        >
          <div className="dialog__header">
            <Dialog.Title>Keyboard shortcuts</Dialog.Title>
            <Dialog.Close className="button button--quiet" aria-label="Close">
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <Dialog.Description className="muted">
            Single keys, never while typing in a field. Press <kbd className="kbd">?</kbd> or <kbd className="kbd">Esc</kbd> to close.
          </Dialog.Description>
          <h3>Anywhere</h3>
          <ShortcutList shortcuts={GLOBAL_SHORTCUTS} label="Anywhere" />
          <h3>On an output screen</h3>
          <p className="hint">{onThisScreen ? 'Available on this screen.' : 'Open an output file to use these.'}</p>
          <ShortcutList shortcuts={OUTPUT_SHORTCUTS} label="On an output screen" />
          <h3>With the video beside the cues</h3>
          <p className="hint">In the cue view of a caption output, after “Play with video”.</p>
          <ShortcutList shortcuts={VIDEO_SHORTCUTS} label="With the video beside the cues" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

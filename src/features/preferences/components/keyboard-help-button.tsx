import './keyboard-help-button.css';
import { useKeyboardHelp } from '../shortcuts/help-store';

/** The header button that opens the overlay, for those who do not know about `?` yet. */
export function KeyboardHelpButton() {
  const setOpen = useKeyboardHelp((state) => state.setOpen);
  return (
    <button
      type="button"
      className="button button--quiet keyboard-help-button"
      aria-keyshortcuts="?"
      title="Keyboard shortcuts (?)"
      onClick={() => setOpen(true)}
    >
      <kbd className="kbd" aria-hidden="true">
        ?
      </kbd>
      <span className="sr-only">Keyboard shortcuts</span>
    </button>
  );
}

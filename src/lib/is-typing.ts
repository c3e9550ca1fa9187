// When a key press belongs to what the user is doing rather than to a shortcut.

/** Inputs that take no text: a letter pressed on them is free for shortcuts. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** Typing in a text field, a text area, a list box, or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  const editable = target.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable') !== 'false') return true;
  return !!target.closest('[role="textbox"], [role="combobox"], [role="searchbox"], [role="spinbutton"]');
}

/** Keys inside an open dialog or menu are for that dialog or menu. */
export function isInsideOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]');
}

/** Ctrl, Alt and Meta make a key a browser or system command (Shift is how `?` is typed). */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}

/** Whether a key press may trigger a shortcut at all. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.isComposing &&
    !hasCommandModifier(event) &&
    !isTypingTarget(event.target) &&
    !isInsideOverlay(event.target)
  );
}

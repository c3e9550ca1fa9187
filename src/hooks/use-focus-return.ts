import { useRef } from 'react';

/** Gives focus back to `element` if it is still in the page (and not the page itself); says whether it did. */
export function focusBack(element: Element | null): boolean {
  if (!(element instanceof HTMLElement) || !element.isConnected || element === document.body) return false;
  element.focus();
  return true;
}

/**
 * For a Radix dialog opened without a Dialog.Trigger (by a key, or a screen's own button): Radix would give focus back
 * to no one on close (the page's start). These handlers for `Dialog.Content` remember where focus was when it opened
 * and put it back, if that element is still there.
 */
export function useFocusReturn() {
  const returnTo = useRef<Element | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement;
    },
    onCloseAutoFocus: (event: Event) => {
      if (focusBack(returnTo.current)) event.preventDefault();
    },
  };
}

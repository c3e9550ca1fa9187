import { useRef } from 'react';

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
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) {
        event.preventDefault();
        back.focus();
      }
    },
  };
}

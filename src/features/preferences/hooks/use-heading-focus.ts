import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';

/** How long after a path change a screen may take to show its heading (a lazy route, a redirect). */
const WAIT_MS = 5000;

function isFocusFree(container: HTMLElement, lastFocused: HTMLElement | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === container || active === lastFocused || !active.isConnected;
}

/**
 * Keyboard and screen-reader users start on the new screen: when the path changes (not the query: filters keep
 * focus where it is), focus moves to the main heading, the `h1` in `container`. A screen that shows its heading
 * late (loading, a lazy route, a redirect) gets it when it appears, unless the user has moved focus meanwhile.
 */
export function useHeadingFocus(containerId = 'main'): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    let lastFocused: HTMLElement | null = null;
    const focusHeading = () => {
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading || heading === lastFocused || !isFocusFree(container, lastFocused)) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      lastFocused = heading;
    };
    // After the next paint: focus() lays out the whole page, which the paint does anyway. Before it, in the task
    // that rendered the screen, it made that task the longest of a deep link (76 of 221 ms with 500 diff rows).
    let frame = 0;
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const focusAfterPaint = () => {
      if (frame || afterPaint !== undefined) return;
      frame = requestAnimationFrame(() => {
        afterPaint = setTimeout(() => {
          frame = 0;
          afterPaint = undefined;
          focusHeading();
        }, 0);
      });
    };
    focusAfterPaint();
    const observer = new MutationObserver(focusAfterPaint);
    observer.observe(container, { childList: true, subtree: true });
    // The user acting first (a click, a key) ends the wait: their focus is theirs.
    const stop = () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
    const timer = setTimeout(stop, WAIT_MS);
    document.addEventListener('pointerdown', stop, { once: true, capture: true });
    document.addEventListener('keydown', stop, { once: true, capture: true });
    return () => {
      stop();
      clearTimeout(timer);
      document.removeEventListener('pointerdown', stop, { capture: true });
      document.removeEventListener('keydown', stop, { capture: true });
    };
  }, [containerId, pathname]);
}

import { useCallback, useEffect, useRef, useState } from 'react';

/** Frames to wait for an element that renders over a few frames (virtual and plain lists draw a screenful a frame). */
const MAX_FRAMES = 10;

/**
 * For a control that replaces itself with what it reveals ("Show 45 hidden lines"): without it, focus falls to the
 * page and the next Tab starts at the top. `focusLater(find)` focuses what `find` returns once it is rendered,
 * without scrolling (it appears where the control was).
 */
export function useFocusLater(): (find: () => HTMLElement | null) => void {
  const pending = useRef<(() => HTMLElement | null) | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const find = pending.current;
      if (!find) return;
      const element = find();
      if (element) {
        pending.current = null;
        element.focus({ preventScroll: true });
      } else if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return useCallback((find) => {
    pending.current = find;
    setRequest((n) => n + 1);
  }, []);
}

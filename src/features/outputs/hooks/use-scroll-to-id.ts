import { useEffect } from 'react';

/**
 * Scrolls the element with this id into view once it exists: diff rows appear
 * asynchronously (the viewer computes, hunks mount lazily, gaps expand), so it
 * looks again on each frame for a few seconds, and once more shortly after in
 * case content above it settled to its real height. `null` scrolls nowhere.
 */
export function useScrollToId(id: string | null, timeoutMs = 5000) {
  useEffect(() => {
    if (!id) return;
    const deadline = performance.now() + timeoutMs;
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    // Test DOMs may lack scrollIntoView.
    const scroll = (element: Element) => element.scrollIntoView?.({ block: 'center' });
    const look = () => {
      const element = document.getElementById(id);
      if (element) {
        scroll(element);
        settle = setTimeout(() => {
          const again = document.getElementById(id);
          const rect = again?.getBoundingClientRect();
          if (again && rect && (rect.top < 80 || rect.bottom > window.innerHeight)) scroll(again);
        }, 400);
        return;
      }
      if (performance.now() < deadline) frame = requestAnimationFrame(look);
    };
    look();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [id, timeoutMs]);
}

import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Where an element starts on the page, for a window virtualizer's `scrollMargin`. Content above it (facts, notices)
 * can change height; that changes the page's height too, so a ResizeObserver on the body re-measures then, after
 * the browser's layout. (Measuring after every render forced a layout each time the list re-rendered.)
 */
export function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((current) => (current === top ? current : top));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return scrollMargin;
}

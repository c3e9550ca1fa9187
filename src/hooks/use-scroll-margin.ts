import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Where an element starts on the page, for a window virtualizer's `scrollMargin`. Content above it (facts, notices)
 * can change height; that changes the page's height too, so a ResizeObserver on the body measures it, after the
 * browser's layout: its first call, just after the list first appears, is the first measure. Measuring during the
 * commit forced a layout: of the whole page when a screen first rendered with its list (86 of a 358 ms task on a
 * 40,000-line output), and each time the list re-rendered. Until then the margin is 0, which at most renders a few
 * more items above the viewport (the items' positions do not depend on it).
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
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (observer) observer.observe(document.body);
    else measure();
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return scrollMargin;
}

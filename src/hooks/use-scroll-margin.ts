import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Where an element starts on the page, for a window virtualizer's `scrollMargin`. Content above it (facts,
 * notices) can change height, so it is measured after every render and on resize.
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
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return scrollMargin;
}

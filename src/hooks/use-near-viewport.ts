import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is within `rootMargin` of the viewport; with `once`
 * (the default), true from the first time on. Without IntersectionObserver
 * (tests, old browsers) everything counts as near, unless `assumeNear` is false.
 */
export function useNearViewport(ref: RefObject<Element | null>, rootMargin = '1200px 0px', { once = true, assumeNear = true } = {}): boolean {
  const [near, setNear] = useState(() => assumeNear && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if ((once && near) || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const now = entries.some((entry) => entry.isIntersecting);
        setNear(now);
        if (now && once) observer.disconnect();
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, once, ref, rootMargin]);
  return near;
}

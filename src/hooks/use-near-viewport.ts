import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is within `rootMargin` of the viewport; with `once`
 * (the default), true from the first time on. Without IntersectionObserver
 * (tests, old browsers) everything counts as near, unless `assumeNear` is false.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  rootMargin = '1200px 0px',
  { once = true, assumeNear = true } = {},
): boolean {
  const [near, setNear] = useState(() => assumeNear && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if ((once && near) || !element || typeof IntersectionObserver === 'undefined') return;
    const stop = observe(element, rootMargin, (now) => {
      setNear(now);
      if (now && once) stop();
    });
    return stop;
  }, [near, once, ref, rootMargin]);
  return near;
}

type Shared = { observer: IntersectionObserver; made: typeof IntersectionObserver; callbacks: Map<Element, (near: boolean) => void> };

/** One observer per margin for every element watched with it: a list mounts dozens, and each observer costs. */
const shared = new Map<string, Shared>();

function observe(element: Element, rootMargin: string, onChange: (near: boolean) => void): () => void {
  let entry = shared.get(rootMargin);
  // A new constructor (a test's stub) gets an observer of its own.
  if (!entry || entry.made !== IntersectionObserver) {
    const callbacks = new Map<Element, (near: boolean) => void>();
    const observer = new IntersectionObserver((entries) => entries.forEach((e) => callbacks.get(e.target)?.(e.isIntersecting)), {
      rootMargin,
    });
    entry = { observer, made: IntersectionObserver, callbacks };
    shared.set(rootMargin, entry);
  }
  const { observer, callbacks } = entry;
  const mine = entry;
  callbacks.set(element, onChange);
  observer.observe(element);
  return () => {
    if (callbacks.get(element) !== onChange) return;
    callbacks.delete(element);
    observer.unobserve(element);
    if (callbacks.size === 0) {
      observer.disconnect();
      if (shared.get(rootMargin) === mine) shared.delete(rootMargin);
    }
  };
}

import { useEffect, useState, type RefObject } from 'react';
import { useNearViewport } from './use-near-viewport';

/** How long something stays on screen before it is worth API reads: a scroll sweeps past rows in less. */
const LOOK_MS = 200;

/**
 * True once `value` has stayed true for `ms`, false as soon as it turns false: work for what is on screen waits
 * until the user stops there, instead of starting (and cancelling) for every row a scroll sweeps past.
 */
function useDwell(value: boolean, ms: number): boolean {
  const [dwelt, setDwelt] = useState(false);
  useEffect(() => {
    if (!value) return;
    const timer = setTimeout(() => setDwelt(true), ms);
    return () => {
      clearTimeout(timer);
      setDwelt(false);
    };
  }, [value, ms]);
  return value && dwelt;
}

/**
 * True while the element has been on screen for a moment (the token's reads go to rows the user stops at, not to
 * those a scroll sweeps past). Without IntersectionObserver (the tests' DOM) it counts as on screen unless
 * `assumeOnScreen` is false.
 */
export function useLookedAt(ref: RefObject<Element | null>, { assumeOnScreen = true } = {}): boolean {
  return useDwell(useNearViewport(ref, '0px', { once: false, assumeNear: assumeOnScreen }), LOOK_MS);
}

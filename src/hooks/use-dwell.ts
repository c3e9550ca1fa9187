import { useEffect, useState } from 'react';

/**
 * True once `value` has stayed true for `ms`, false as soon as it turns false: work for what is on screen waits
 * until the user stops there, instead of starting (and cancelling) for every row a scroll sweeps past.
 */
export function useDwell(value: boolean, ms: number): boolean {
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

import { useEffect, useState } from 'react';
import { startInvisibleNotes } from '../lib/invisible-notes-client';

const NONE: readonly string[] = [];

/** compareInvisibles of two texts, worked out in a worker: no notes until it answers (or when it fails). */
export function useInvisibleNotes(expected: string | undefined, actual: string | undefined): readonly string[] {
  const [done, setDone] = useState<{ expected: string; actual: string; notes: readonly string[] } | null>(null);
  useEffect(() => {
    if (expected === undefined || actual === undefined) return;
    const job = startInvisibleNotes({ expected, actual });
    let live = true;
    job.result.then(
      (notes) => live && setDone({ expected, actual, notes }),
      // Notes explain a difference; without them the diff itself still shows it.
      () => live && setDone({ expected, actual, notes: NONE }),
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [expected, actual]);
  return done && done.expected === expected && done.actual === actual ? done.notes : NONE;
}

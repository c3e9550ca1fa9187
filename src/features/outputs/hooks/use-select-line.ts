// What a click on a line number does: the output screen (output-screen.tsx) provides it once, and every line
// number of every view (the diff's rows, a whole file, the side-by-side fallback) reads it here.
import { createContext, useContext } from 'react';
import type { DiffSide } from '../lib/diff-rows';

export type SelectLine = (side: DiffSide, line: number) => void;

/** Null outside an output screen: a line number is then a plain link to its hash. */
export const SelectLineContext = createContext<SelectLine | null>(null);

export const useSelectLine = (): SelectLine | null => useContext(SelectLineContext);

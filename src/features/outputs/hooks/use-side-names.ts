// What the two sides of a diff are called. Expected and actual by default; comparing with another run's actual file
// (`?against=`), the against view names both sides after their runs, and every column head, line number and file
// fact reads the names here.
import { createContext, useContext } from 'react';
import type { DiffSide } from '../lib/diff-rows';

/** A side's name as a heading ("Actual in run 9459"), and short, inside a sentence ("run 9459"). */
export type SideNames = Record<DiffSide, string> & { short: Record<DiffSide, string> };

export const DEFAULT_SIDE_NAMES: SideNames = { expected: 'Expected', actual: 'Actual', short: { expected: 'expected', actual: 'actual' } };

export const SideNamesContext = createContext<SideNames>(DEFAULT_SIDE_NAMES);

export const useSideNames = (): SideNames => useContext(SideNamesContext);

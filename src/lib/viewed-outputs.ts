// The outputs a reviewer opened in this browser session, so lists show which failures they already looked at.
// sessionStorage: it ends with the tab, like a review session; ids only, nothing secret.
import { create } from 'zustand';

const KEY = 'ccx-viewer.viewed';
/** Enough for any review; the oldest go first beyond it. */
const MAX = 5000;

export type OutputKeyParts = { runId: number; regressionId: number; outputId: number };

export const viewedKey = ({ runId, regressionId, outputId }: OutputKeyParts) => `${runId}/${regressionId}/${outputId}`;

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function write(keys: string[]) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(keys));
  } catch {
    // Blocked or full storage: the marks last for this page only.
  }
}

type ViewedState = {
  viewed: ReadonlySet<string>;
  markViewed: (output: OutputKeyParts) => void;
  /** On sign-out: the next person at this tab starts with no marks. An expired session keeps them. */
  forget: () => void;
};

export const useViewedOutputs = create<ViewedState>((set, get) => ({
  viewed: new Set(read()),
  markViewed: (output) => {
    const key = viewedKey(output);
    if (get().viewed.has(key)) return;
    const keys = [...get().viewed, key].slice(-MAX);
    write(keys);
    set({ viewed: new Set(keys) });
  },
  forget: () => {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Blocked storage held nothing.
    }
    set({ viewed: new Set() });
  },
}));

/** Whether this output was opened in this session. */
export function useIsViewed(output: OutputKeyParts): boolean {
  const key = viewedKey(output);
  return useViewedOutputs((state) => state.viewed.has(key));
}

/** How many of these outputs were opened in this session. */
export function useViewedCount(outputs: readonly OutputKeyParts[]): number {
  return useViewedOutputs((state) => outputs.filter((output) => state.viewed.has(viewedKey(output))).length);
}

// The shortcuts a screen provides (j/k/n/p/u on the output screen). The screen registers its handlers while it is
// mounted; the global listener (components/global-shortcuts.tsx) calls them. The newest registration wins.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { ScreenAction } from './shortcut-list';

export type ScreenHandlers = Partial<Record<ScreenAction, () => void>>;

type Registration = { id: number; handlers: () => ScreenHandlers };

type ScreenShortcutsState = {
  registrations: Registration[];
  register: (handlers: () => ScreenHandlers) => () => void;
};

let nextId = 1;

export const useScreenShortcutsStore = create<ScreenShortcutsState>((set) => ({
  registrations: [],
  register: (handlers) => {
    const id = nextId++;
    set((state) => ({ registrations: [...state.registrations, { id, handlers }] }));
    return () => set((state) => ({ registrations: state.registrations.filter((r) => r.id !== id) }));
  },
}));

/** The handlers of the screen on top, or none. */
export function activeScreenHandlers(): ScreenHandlers {
  return useScreenShortcutsStore.getState().registrations.at(-1)?.handlers() ?? {};
}

/** Runs a screen shortcut; false when no screen provides it. */
export function runScreenAction(action: ScreenAction): boolean {
  const handler = activeScreenHandlers()[action];
  if (!handler) return false;
  handler();
  return true;
}

/**
 * For a screen (composed in src/app): provide j/k/n/p/u while mounted, e.g.
 * `useScreenShortcuts({ nextHunk, previousHunk, nextFailure, previousFailure, toggleView })`.
 * The handlers may change on every render; the latest ones run. Leave out what the screen cannot do.
 */
export function useScreenShortcuts(handlers: ScreenHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const register = useScreenShortcutsStore((state) => state.register);
  useEffect(() => register(() => latest.current), [register]);
}

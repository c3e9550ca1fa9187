import { create } from 'zustand';
import { applyThemeChoice, readThemeChoice, THEME_KEY, writeThemeChoice, type ThemeChoice } from './theme-choice';

type ThemeState = {
  choice: ThemeChoice;
  /** Remembers the choice and applies it at once. */
  setChoice: (choice: ThemeChoice) => void;
  /** Another tab changed the choice: follow it without writing it back. */
  syncFromStorage: () => void;
};

export const useThemeStore = create<ThemeState>((set) => ({
  choice: readThemeChoice(),
  setChoice: (choice) => {
    writeThemeChoice(choice);
    applyThemeChoice(choice);
    set({ choice });
  },
  syncFromStorage: () => {
    const choice = readThemeChoice();
    applyThemeChoice(choice);
    set({ choice });
  },
}));

/** Follows the choice made in other tabs of this browser. Returns the unsubscribe function. */
export function listenForThemeInOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_KEY || event.key === null) useThemeStore.getState().syncFromStorage();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

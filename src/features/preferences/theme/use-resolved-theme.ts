import { useSyncExternalStore } from 'react';
import type { Theme } from './theme-choice';
import { useThemeStore } from './theme-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const systemIsDark = () => media()?.matches ?? false;

/** The theme in force, light or dark: for parts that style themselves in code (the diff viewer's `useDarkTheme`). */
export function useResolvedTheme(): Theme {
  const choice = useThemeStore((state) => state.choice);
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (choice !== 'system') return choice;
  return dark ? 'dark' : 'light';
}

import { useMediaQuery } from '@/hooks/use-media-query';
import type { Theme } from './theme-choice';
import { useThemeStore } from './theme-store';

/** The theme in force, light or dark: for parts that style themselves in code (the diff viewer's `useDarkTheme`). */
export function useResolvedTheme(): Theme {
  const choice = useThemeStore((state) => state.choice);
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  if (choice !== 'system') return choice;
  return dark ? 'dark' : 'light';
}

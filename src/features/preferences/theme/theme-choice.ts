// The colour theme: light, dark, or whatever the system says. Remembered per browser (it is no secret), applied as
// `data-theme` on <html>, which the stylesheet reads (src/styles/tokens.css); no attribute means "follow the system".
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'ccx-viewer.theme';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked by the browser's settings: the choice lasts for the page only.
    return null;
  }
}

export function readThemeChoice(): ThemeChoice {
  try {
    const value = storage()?.getItem(THEME_KEY);
    return THEME_CHOICES.find((choice) => choice === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function writeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage()?.removeItem(THEME_KEY);
    else storage()?.setItem(THEME_KEY, choice);
  } catch {
    // Full or blocked storage: the choice still applies to this page.
  }
}

export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** Called by src/main.tsx before the app renders, so a remembered theme never flashes the other one. */
export function applyStoredTheme(): void {
  if (typeof document !== 'undefined') applyThemeChoice(readThemeChoice());
}

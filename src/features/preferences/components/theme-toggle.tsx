import './theme-toggle.css';
import { useEffect, useId } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '../theme/theme-choice';
import { listenForThemeInOtherTabs, useThemeStore } from '../theme/theme-store';

const LABELS: Record<ThemeChoice, { name: string; title: string }> = {
  light: { name: 'Light', title: 'Light theme' },
  dark: { name: 'Dark', title: 'Dark theme' },
  system: { name: 'System', title: 'Follow the system’s light or dark setting' },
};

function Icon({ choice }: { choice: ThemeChoice }) {
  const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  if (choice === 'light') {
    return (
      <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <circle cx="8" cy="8" r="3" />
        <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" />
      </svg>
    );
  }
  if (choice === 'dark') {
    return (
      <svg {...common} fill="currentColor">
        <path d="M6.2 1.4a6.6 6.6 0 1 0 8.4 8.4A5.4 5.4 0 0 1 6.2 1.4Z" />
      </svg>
    );
  }
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="currentColor" />
    </svg>
  );
}

/** Light, dark or follow the system: three radios, remembered in this browser. */
export function ThemeToggle() {
  const choice = useThemeStore((state) => state.choice);
  const setChoice = useThemeStore((state) => state.setChoice);
  const name = useId();
  useEffect(() => listenForThemeInOtherTabs(), []);
  return (
    <fieldset className="theme-switch">
      <legend className="sr-only">Theme</legend>
      {THEME_CHOICES.map((value) => (
        <label key={value} className="theme-switch__option" title={LABELS[value].title}>
          <input type="radio" name={name} value={value} checked={choice === value} onChange={() => setChoice(value)} />
          <Icon choice={value} />
          <span className="sr-only">{LABELS[value].name}</span>
        </label>
      ))}
    </fieldset>
  );
}

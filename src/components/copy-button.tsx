import type { ReactNode } from 'react';
import { useToast } from './toast';

type Props = {
  /** The text to copy, or a function producing it at click time. */
  value: string | (() => string | Promise<string>);
  label: ReactNode;
  /** What the confirmation says was copied. */
  what?: string;
  className?: string;
  title?: string;
  /** The button's accessible name when its label alone would not say what it copies (a bare hash). */
  ariaLabel?: string;
};

export function CopyButton({ value, label, what = 'Text', className = 'button button--quiet', title, ariaLabel }: Props) {
  const notify = useToast();
  return (
    <button
      type="button"
      className={className}
      title={title}
      aria-label={ariaLabel}
      onClick={async () => {
        try {
          const text = typeof value === 'function' ? await value() : value;
          await navigator.clipboard.writeText(text);
          notify(`${what} copied to the clipboard`);
        } catch {
          notify(`Could not copy: the browser refused access to the clipboard`, 'error');
        }
      }}
    >
      {label}
    </button>
  );
}

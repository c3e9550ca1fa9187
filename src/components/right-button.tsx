import { useId, type ButtonHTMLAttributes } from 'react';
import type { Right } from '@/lib/write-rights';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'aria-describedby' | 'type'> & {
  /** What the token may do (src/lib/write-rights.ts): not allowed, the button is disabled and says why beside it. */
  right: Right;
  reasonClassName?: string;
};

/**
 * A button for something the signed-in token may not be allowed to do. The reason is shown before anyone tries, and
 * is the button's accessible description, so a screen reader hears why it is disabled.
 */
export function RightButton({ right, reasonClassName, className = 'button', ...button }: Props) {
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className={className}
        {...button}
        disabled={!right.allowed}
        aria-describedby={right.allowed ? undefined : reasonId}
      />
      {!right.allowed && (
        <span id={reasonId} className={reasonClassName ? `muted ${reasonClassName}` : 'muted'}>
          {right.reason}
        </span>
      )}
    </>
  );
}

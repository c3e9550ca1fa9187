import type { ReactNode } from 'react';

export type Tone = 'pass' | 'fail' | 'missing' | 'warn' | 'info' | 'neutral';

/** A status in words and colour (never colour alone). */
export function StatusBadge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. Focus moves to it when the path changes, so keyboard and screen-reader users start on the new
 * screen; filter changes (same path, new query) leave focus where it is. `preventScroll` keeps scroll restoration.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}

import { useRef, type ReactNode } from 'react';
import { useNearViewport } from '../hooks/use-near-viewport';

type Props = { estimatedHeight: number; force?: boolean; children: ReactNode };

/**
 * Mounts its children only once they come near the viewport, holding their
 * estimated height until then, so a diff of hundreds of hunks starts with a
 * handful of viewers. A deep link forces the one it points into.
 */
export function LazyMount({ estimatedHeight, force = false, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  if (near || force) return <>{children}</>;
  return <div ref={ref} className="lazy-placeholder" style={{ height: estimatedHeight }} aria-hidden="true" />;
}

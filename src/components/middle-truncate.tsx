import './middle-truncate.css';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { visibleText } from '@/lib/invisible-chars';
import { nameTail } from '@/lib/name-tail';
import { SafeText } from './safe-text';
import { isTruncated, watchTruncation } from './truncation-watch';

// Radix's tooltip loads on the first hover or focus of a cut name, not with the list.
const NameTooltip = lazy(() => import('./name-tooltip').then((module) => ({ default: module.NameTooltip })));

const HOVER_DELAY_MS = 300;
const LEAVE_GRACE_MS = 120;

type Props = { text: string; className?: string };

/** One name tooltip at a time: opening one closes the last, whatever the order its focus and pointer events came in. */
let closeShown: (() => void) | null = null;

/**
 * A name that may be too long for its place (a 64-hex stored output name, a long media file name): when it is, the
 * middle gives way ("Broadcast_2014-03-…_1080i.ts") and the end, where names differ, stays.
 *
 * The DOM holds the name once, whole, in one box that CSS ends with an ellipsis; the tail is drawn beside it by CSS
 * (`content: attr(data-tail) / ""`, left out of the accessibility tree) only while the name is cut. So the
 * accessible name, find-in-page, copying a selection and textContent all give the full name, never "…". The full
 * name also shows in a tooltip on hover and on keyboard focus (of the name, or of the link holding it).
 */
export function MiddleTruncate({ text, className }: Props) {
  const tail = useMemo(() => nameTail(visibleText(text)), [text]);
  const ref = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const later = useCallback((action: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, ms);
  }, []);
  const hide = useCallback(() => setOpen(false), []);
  const close = useCallback(() => {
    clearTimeout(timer.current);
    hide();
    if (closeShown === hide) closeShown = null;
  }, [hide]);
  const openIfCut = useCallback(() => {
    clearTimeout(timer.current);
    if (!ref.current || !isTruncated(ref.current)) return;
    if (closeShown !== hide) closeShown?.();
    closeShown = hide;
    setOpen(true);
  }, [hide]);
  const keepOpen = useCallback(() => clearTimeout(timer.current), []);
  const closeSoon = useCallback(() => later(close, LEAVE_GRACE_MS), [later, close]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const stop = watchTruncation(root, { onFocus: openIfCut, onBlur: close });
    return () => {
      stop();
      clearTimeout(timer.current);
    };
  }, [openIfCut, close]);

  // Touch opens the link; a tooltip would only get in the way.
  const onPointerEnter = (event: PointerEvent) => event.pointerType !== 'touch' && later(openIfCut, open ? 0 : HOVER_DELAY_MS);
  return (
    <span
      ref={ref}
      className={className ? `middle-truncate ${className}` : 'middle-truncate'}
      data-tail={tail || undefined}
      onPointerEnter={onPointerEnter}
      onPointerLeave={closeSoon}
    >
      <SafeText className="middle-truncate__start" text={text} />
      {open && (
        <Suspense fallback={null}>
          <NameTooltip text={text} onClose={close} onPointerEnter={keepOpen} onPointerLeave={closeSoon} />
        </Suspense>
      )}
    </span>
  );
}

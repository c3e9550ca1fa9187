import { useEffect, useRef } from 'react';
import { isShortcutEvent } from '@/lib/is-typing';

/** A handler returns false when it did nothing: the key then keeps its default action. */
export type ShortcutHandler = (event: KeyboardEvent) => unknown;
export type ShortcutMap = Partial<Record<string, ShortcutHandler>>;

/**
 * Single-key shortcuts on the whole page, by `event.key` ("j", "?", "/"). Ignored while typing in a field, inside
 * an open dialog or menu, and with Ctrl, Alt or Meta held. A handled key's default action is prevented.
 */
export function useShortcuts(shortcuts: ShortcutMap, enabled = true): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutEvent(event)) return;
      const handler = latest.current[event.key];
      if (handler && handler(event) !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

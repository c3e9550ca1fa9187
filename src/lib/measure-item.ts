import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * `measureElement` for the window virtualizers (rows, cards, diff windows). Each item is measured twice: from its ref,
 * during React's commit, and from its ResizeObserver, after the browser's layout. Reading a size in the first
 * forces a layout in the middle of the commit (~10 ms for a screen of rows), so only the second is read; until
 * then an item keeps the size it had, or the estimate. A size of 0 (one not laid out: a test DOM, a hidden tab)
 * keeps the estimate too.
 */
export function measureItem<E extends Element>(
  element: E,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, E>,
): number {
  const index = instance.indexFromElement(element);
  const measured = Math.round(entry?.borderBoxSize?.[0]?.blockSize ?? 0);
  if (measured > 0) return measured;
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

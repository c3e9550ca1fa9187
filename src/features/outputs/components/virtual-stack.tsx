import { defaultRangeExtractor, useWindowVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import { useScrollMargin } from '@/hooks/use-scroll-margin';

/**
 * Up to this many rows in this many items render plainly (the browser's find sees them all); more are
 * virtualized. Each item is a diff viewer that costs milliseconds to mount, so items count too.
 */
export const PLAIN_ROWS = 600;
export const PLAIN_ITEMS = 12;

type Props = {
  count: number;
  /** Estimated height of item i in pixels (rows × row height, plus headers); corrected once rendered. */
  estimateSize: (index: number) => number;
  itemKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  /** Whether to virtualize: the caller knows how many rows its items hold. */
  virtual: boolean;
  /**
   * An item that renders even when it is far from the viewport (a deep link, a find match), so the
   * caller can scroll its row into view by id (useScrollToId).
   */
  pinnedIndex: number | null;
  className?: string;
};

/** A vertical list of items of varying height that keeps only those near the viewport in the DOM. */
export function VirtualStack({ virtual, ...props }: Props) {
  if (!virtual) {
    return (
      <div className={props.className}>
        {Array.from({ length: props.count }, (_, i) => (
          <div key={props.itemKey(i)} className="stack-item">
            {props.renderItem(i)}
          </div>
        ))}
      </div>
    );
  }
  return <WindowStack {...props} />;
}

// A measured height of 0 means the element is not laid out (the test DOM, a hidden tab): keep the estimate.
function measure(element: Element, _entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>): number {
  const height = element.getBoundingClientRect().height;
  const index = instance.indexFromElement(element);
  return height > 0 ? height : instance.options.estimateSize(index);
}

function WindowStack({ count, estimateSize, itemKey, renderItem, pinnedIndex, className }: Omit<Props, 'virtual'>) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useScrollMargin(ref);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinnedIndex === null || pinnedIndex < 0 || pinnedIndex >= count || indexes.includes(pinnedIndex)) return indexes;
      return [...indexes, pinnedIndex].sort((x, y) => x - y);
    },
    [pinnedIndex, count],
  );
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    getItemKey: itemKey,
    // One item each side: an item is up to WINDOW_ROWS rows, and every mounted row costs layout.
    overscan: 1,
    scrollMargin,
    measureElement: measure,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={ref} className={className} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => (
        <div
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          className="stack-item"
          style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - scrollMargin}px)` }}
        >
          {renderItem(item.index)}
        </div>
      ))}
    </div>
  );
}

import './virtual-stack.css';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useScrollMargin } from '@/hooks/use-scroll-margin';
import { measureItem } from '@/lib/measure-item';

type Props = {
  count: number;
  /** Estimated height of item i in pixels (rows × row height, plus headers); corrected once rendered. */
  estimateSize: (index: number) => number;
  itemKey: (index: number) => string;
  renderItem: (index: number) => ReactNode;
  /** Whether to virtualize: the caller knows what its items cost and hold. */
  virtual: boolean;
  /**
   * An item that renders even when it is far from the viewport (a deep link, a find match), so the
   * caller can scroll its row into view by id (useScrollToId).
   */
  pinnedIndex?: number | null;
  /** Items drawn beyond each edge of the viewport. */
  overscan?: number;
  className?: string;
};

/** A vertical list of items of varying height that keeps only those near the viewport in the DOM. */
export function VirtualStack({ virtual, ...props }: Props) {
  return virtual ? <WindowStack {...props} /> : <PlainStack {...props} />;
}

/** Estimated height of the items drawn in one frame by a plain stack: a little over a screenful. */
const FRAME_HEIGHT = 1_500;

/**
 * Every item, drawn a screenful a frame: a few diff windows of 200 rows drawn at once were one task of 200 ms,
 * mostly the browser's layout. The first item is drawn at once, the rest follow within a few frames.
 */
function PlainStack({ count, estimateSize, itemKey, renderItem, className }: Omit<Props, 'virtual'>) {
  const [drawn, setDrawn] = useState(() => itemsWithin(0, count, estimateSize));
  useEffect(() => {
    if (drawn >= count) return;
    const frame = requestAnimationFrame(() => setDrawn(itemsWithin(drawn, count, estimateSize)));
    return () => cancelAnimationFrame(frame);
  }, [drawn, count, estimateSize]);
  return (
    <div className={className}>
      {Array.from({ length: Math.min(drawn, count) }, (_, i) => (
        <div key={itemKey(i)} className="stack-item">
          {renderItem(i)}
        </div>
      ))}
    </div>
  );
}

/** How many items are drawn after one more frame: from `start`, at least one, up to FRAME_HEIGHT of estimates. */
function itemsWithin(start: number, count: number, estimateSize: (index: number) => number): number {
  let end = start;
  let height = 0;
  while (end < count && (end === start || height + estimateSize(end) <= FRAME_HEIGHT)) {
    height += estimateSize(end);
    end += 1;
  }
  return end;
}

function WindowStack({ count, estimateSize, itemKey, renderItem, pinnedIndex = null, overscan = 1, className }: Omit<Props, 'virtual'>) {
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
    overscan,
    scrollMargin,
    measureElement: measureItem,
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

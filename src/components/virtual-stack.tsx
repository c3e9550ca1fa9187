import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
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

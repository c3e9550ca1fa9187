import './output.css';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useScrollMargin } from '@/hooks/use-scroll-margin';
import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';

/** Up to this many rows render plainly (the browser's find sees them); longer lists are virtualized. */
export const PLAIN_ROWS = 500;
// Rows never wrap (long lines scroll sideways), so every row has this height and none needs measuring: 24 px, a
// line number's target size (WCAG 2.2).
const ROW_HEIGHT = 24;

/** What a virtualized row must spread on its outer element. */
export type RowPlacement = { style?: CSSProperties; 'data-index'?: number };

type Props = {
  count: number;
  renderRow: (index: number, placement: RowPlacement) => ReactNode;
  /** Row to bring into view (a deep link); virtualized rows exist only near the viewport. */
  scrollToIndex?: number | null;
  label: string;
  className?: string;
};

/** Rows of a file view: all of them for a short file, only those near the viewport for a long one. */
export function LineList({ count, renderRow, scrollToIndex = null, label, className = 'file-view' }: Props) {
  if (count <= PLAIN_ROWS) {
    return (
      <div className={className} role="table" aria-label={label} aria-rowcount={count}>
        <div role="rowgroup">{Array.from({ length: count }, (_, i) => renderRow(i, {}))}</div>
      </div>
    );
  }
  return <VirtualLineList count={count} renderRow={renderRow} scrollToIndex={scrollToIndex} label={label} className={className} />;
}

function VirtualLineList({ count, renderRow, scrollToIndex, label, className }: Props & { scrollToIndex: number | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useScrollMargin(ref);
  const virtualizer = useWindowVirtualizer({ count, estimateSize: () => ROW_HEIGHT, overscan: 30, scrollMargin });
  useLayoutEffect(() => {
    if (scrollToIndex !== null && scrollToIndex >= 0 && scrollToIndex < count)
      virtualizer.scrollToIndex(scrollToIndex, { align: 'center' });
  }, [scrollToIndex, count, virtualizer, scrollMargin]);
  return (
    <div ref={ref} className={className} role="table" aria-label={label} aria-rowcount={count}>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) =>
          renderRow(item.index, {
            'data-index': item.index,
            style: {
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: ROW_HEIGHT,
              transform: `translateY(${item.start - scrollMargin}px)`,
            },
          }),
        )}
      </div>
    </div>
  );
}

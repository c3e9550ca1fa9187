import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { VerdictBadge } from '@/components/verdict-badges';
import type { SampleGroup } from '../group-results';

const ROW_HEIGHT = 56;

/** One row per media sample; only the rows near the viewport are in the DOM. */
export function SampleGroupsList({ runId, groups }: { runId: number; groups: SampleGroup[] }) {
  // Where the list starts on the page, so the window virtualizer knows which rows are on screen.
  const [scrollMargin, setScrollMargin] = useState(0);
  const measure = useCallback((el: HTMLDivElement | null) => {
    if (el) setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: groups.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={measure} role="table" aria-label="Samples of this run" aria-rowcount={groups.length + 1} className="vtable">
      <div role="row" className="vtable__head vrow" aria-rowindex={1}>
        <span role="columnheader">Sample</span>
        <span role="columnheader">SHA-256</span>
        <span role="columnheader">Categories</span>
        <span role="columnheader">Failed</span>
        <span role="columnheader">Status</span>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const group = groups[item.index];
          if (!group) return null;
          return (
            <div
              role="row"
              key={group.key}
              aria-rowindex={item.index + 2}
              className={`vrow vrow--${group.worst}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <span role="cell" className="vrow__name">
                {group.sampleId !== null ? (
                  <Link
                    to="/runs/$runId/samples/$sampleId"
                    params={{ runId: String(runId), sampleId: String(group.sampleId) }}
                    title={group.sampleName}
                  >
                    {group.sampleName}
                  </Link>
                ) : (
                  <span title={group.sampleName}>{group.sampleName}</span>
                )}
              </span>
              <span role="cell">
                {group.sha ? (
                  <CopyButton value={group.sha} what="SHA-256" label={<code>{group.sha.slice(0, 12)}</code>} title={group.sha} />
                ) : (
                  <span className="muted">—</span>
                )}
              </span>
              <span role="cell" className="vrow__categories">
                {group.categories.join(', ')}
              </span>
              <span role="cell">
                {group.failed}/{group.results.length}
              </span>
              <span role="cell">
                <VerdictBadge verdict={group.worst} />
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

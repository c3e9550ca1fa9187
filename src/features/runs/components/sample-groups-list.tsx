import './sample-groups-list.css';
import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useScrollMargin } from '@/hooks/use-scroll-margin';
import { measureItem } from '@/lib/measure-item';
import { memo, useMemo, useRef, type CSSProperties, type ReactNode, type Ref } from 'react';
import { CopyButton } from '@/components/copy-button';
import { ViewedMark } from '@/components/viewed-mark';
import { useViewedCount } from '@/lib/viewed-outputs';
import { VerdictBadge } from '@/components/verdict-badges';
import type { BaseClass, RunComparison } from '../base-comparison';
import { groupBaseClasses, type SampleGroup } from '../group-results';
import { BaseClassWord } from './base-comparison-summary';
import { LIST_PRELOAD_DELAY_MS } from './run-cell';
import { SafeText } from '@/components/safe-text';
import { MiddleTruncate } from '@/components/middle-truncate';

/**
 * Up to a hundred rows (the failing samples of a typical run) render whole, for the browser's find; longer lists draw
 * the rows near the screen (~0.35 ms of scripting each; Tab walks on, as each focus scrolls the next rows in).
 */
export const VIRTUALIZE_ABOVE = 100;
const ESTIMATED_ROW_HEIGHT = 45;

type Props = {
  runId: number;
  groups: SampleGroup[];
  /** More about a row's status (the app adds caption verdicts); keep it stable (useCallback). */
  renderStatusExtra?: (group: SampleGroup) => ReactNode;
  /** Compared with a base run: each row carries its leading class ("new failure", …). */
  comparison?: RunComparison;
};

/** One row per media sample, failing first. */
export function SampleGroupsList({ runId, groups, renderStatusExtra, comparison }: Props) {
  return (
    <div role="table" aria-label="Samples of this run" aria-rowcount={groups.length + 1} className="vtable">
      <div role="rowgroup">
        <div role="row" className="vtable__head vrow" aria-rowindex={1}>
          <span role="columnheader">Sample</span>
          <span role="columnheader">SHA-256</span>
          <span role="columnheader">Categories</span>
          <span role="columnheader">Failed</span>
          <span role="columnheader">Status</span>
        </div>
      </div>
      {groups.length > VIRTUALIZE_ABOVE ? (
        <VirtualRows runId={runId} groups={groups} renderStatusExtra={renderStatusExtra} comparison={comparison} />
      ) : (
        <div role="rowgroup">
          {groups.map((group, index) => (
            <SampleRow
              key={group.key}
              runId={runId}
              group={group}
              index={index}
              renderStatusExtra={renderStatusExtra}
              baseClasses={groupBaseClasses(group, comparison)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function VirtualRows({ runId, groups, renderStatusExtra, comparison }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollMargin = useScrollMargin(ref);
  const virtualizer = useWindowVirtualizer({
    count: groups.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 4,
    scrollMargin,
    getItemKey: (index) => groups[index]?.key ?? index,
    measureElement: measureItem,
  });
  return (
    <div ref={ref} role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => {
        const group = groups[item.index];
        if (!group) return null;
        return (
          <SampleRow
            key={item.key}
            runId={runId}
            group={group}
            index={item.index}
            renderStatusExtra={renderStatusExtra}
            baseClasses={groupBaseClasses(group, comparison)}
            measureRef={virtualizer.measureElement}
            offset={item.start - scrollMargin}
          />
        );
      })}
    </div>
  );
}

/** How many of the sample's failing outputs the reviewer opened in this session. */
function SampleViewed({ runId, group }: { runId: number; group: SampleGroup }) {
  const failing = useMemo(
    () =>
      group.results.flatMap((result) =>
        result.outputs
          .filter((output) => output.status === 'fail' || output.status === 'missing_output')
          .map((output) => ({ runId, regressionId: result.regression_test_id, outputId: output.output_id })),
      ),
    [runId, group.results],
  );
  const viewed = useViewedCount(failing);
  return <ViewedMark viewed={viewed} of={failing.length} />;
}

type RowProps = {
  runId: number;
  group: SampleGroup;
  index: number;
  measureRef?: Ref<HTMLDivElement>;
  /** Where a virtual row sits in its list: a number, so that a row that stays put is not drawn again. */
  offset?: number;
  renderStatusExtra?: (group: SampleGroup) => ReactNode;
  /** The classes of its failing results against the base run, joined to one string so the row stays memoized. */
  baseClasses?: string;
};

// Memoized: a filter change or a scroll re-renders only the rows whose position changed.
const SampleRow = memo(function SampleRow({ runId, group, index, measureRef, offset, renderStatusExtra, baseClasses }: RowProps) {
  const style: CSSProperties | undefined =
    offset === undefined ? undefined : { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${offset}px)` };
  return (
    <div role="row" ref={measureRef} data-index={index} aria-rowindex={index + 2} className={`vrow vrow--${group.worst}`} style={style}>
      <span role="cell" className="vrow__name">
        {group.sampleId !== null ? (
          <Link
            to="/runs/$runId/samples/$sampleId"
            params={{ runId: String(runId), sampleId: String(group.sampleId) }}
            preloadDelay={LIST_PRELOAD_DELAY_MS}
          >
            <MiddleTruncate text={group.sampleName} />
          </Link>
        ) : (
          <MiddleTruncate text={group.sampleName} />
        )}
      </span>
      <span role="cell" className="vrow__sha">
        {group.sha ? (
          <CopyButton
            value={group.sha}
            what="SHA-256"
            className="button button--quiet button--hash"
            label={<code>{group.sha.slice(0, 12)}</code>}
            title={`${group.sha} (click to copy)`}
            ariaLabel={`Copy SHA-256 ${group.sha.slice(0, 12)}…`}
          />
        ) : (
          <span className="muted">—</span>
        )}
      </span>
      <span role="cell" className="vrow__categories" title={group.categories.join(', ')}>
        <SafeText text={group.categories.join(', ')} />
      </span>
      <span role="cell" className="vrow__failed">
        <span aria-hidden="true">
          {group.failed}/{group.results.length}
          <span className="vrow__failed-word"> failed</span>
        </span>
        <span className="sr-only">
          {group.failed} of {group.results.length} regression tests failed
        </span>
      </span>
      <span role="cell" className="vrow__status">
        <VerdictBadge verdict={group.worst} />
        {baseClasses?.split(' ').map((cls) => cls && <BaseClassWord key={cls} cls={cls as BaseClass} />)}
        <SampleViewed runId={runId} group={group} />
        {group.exitCode && <span className="exit-code-hint">{group.exitCode}</span>}
        {renderStatusExtra?.(group)}
      </span>
    </div>
  );
});

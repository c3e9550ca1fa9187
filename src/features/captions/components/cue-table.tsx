import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useScrollMargin } from '@/hooks/use-scroll-margin';
import type { AlignedRow } from '../lib/aligned-row';
import type { CurrentRows } from '../lib/current-rows';
import { formatNumber } from '@/lib/format-count';
import { CueRow, type RowPlayback } from './cue-row';
import { measureItem } from '@/lib/measure-item';

/** Short files render every row (browser search and Tab reach them all); longer ones only what is on screen. */
export const VIRTUALIZE_CUES_ABOVE = 300;
const ESTIMATED_ROW_HEIGHT = 52;

type Props = {
  rows: AlignedRow[];
  /** The row of the `#C12` link, among `rows`; -1 for none. */
  targetRow: number;
  /** Whether to scroll to it: not when a click on its number set the link. */
  scrollToTarget: boolean;
  onSelectCue: (index: number) => void;
  /** With the video on: the rows on screen in it, the rows' buttons, the row playing in a loop. */
  playing?: { current: CurrentRows; playback: RowPlayback; loop: AlignedRow | null };
  /** A row to bring to the middle of the screen (the video's current cue); a new object each time. */
  scrollRequest?: { row: number } | null;
};

/** Which side's cue of row `index` is on screen in the video. */
function currentSide(playing: Props['playing'], index: number): 'expected' | 'actual' | 'both' | undefined {
  if (!playing) return undefined;
  const expected = playing.current.expected.includes(index);
  const actual = playing.current.actual.includes(index);
  return expected && actual ? 'both' : expected ? 'expected' : actual ? 'actual' : undefined;
}

/** Expected and actual cues side by side, one row per aligned pair. */
export function CueTable(props: Props) {
  const { rows } = props;
  return (
    <div role="table" aria-label="Cues, expected and actual" aria-rowcount={rows.length + 1} className="cue-table">
      <div role="rowgroup">
        <div role="row" className="cue-row cue-row--head" aria-rowindex={1}>
          <span role="columnheader">Cue</span>
          <span role="columnheader">Expected time</span>
          <span role="columnheader">Actual time</span>
          <span role="columnheader">Delta</span>
          <span role="columnheader">Change</span>
          <span role="columnheader">Expected text</span>
          <span role="columnheader">Actual text</span>
        </div>
      </div>
      {rows.length > VIRTUALIZE_CUES_ABOVE ? <VirtualRows {...props} /> : <AllRows {...props} />}
      {rows.length === 0 && <p className="empty cue-table__empty">No cue matches this filter.</p>}
    </div>
  );
}

function AllRows({ rows, targetRow, scrollToTarget, onSelectCue, playing, scrollRequest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (targetRow < 0 || !scrollToTarget) return;
    // Test DOMs may lack scrollIntoView.
    ref.current?.querySelector(`[data-index="${targetRow}"]`)?.scrollIntoView?.({ block: 'center' });
  }, [targetRow, scrollToTarget]);
  useEffect(() => {
    if (scrollRequest) ref.current?.querySelector(`[data-index="${scrollRequest.row}"]`)?.scrollIntoView?.({ block: 'center' });
  }, [scrollRequest]);
  return (
    <div role="rowgroup" ref={ref}>
      {rows.map((row, index) => (
        <CueRow
          key={index}
          row={row}
          index={index}
          target={index === targetRow}
          onSelectCue={onSelectCue}
          current={currentSide(playing, index)}
          playback={playing?.playback}
          looping={playing?.loop === row}
        />
      ))}
    </div>
  );
}

function VirtualRows({ rows, targetRow, scrollToTarget, onSelectCue, playing, scrollRequest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Where the rows start on the page: content above (notices, the verdict) can change height.
  const scrollMargin = useScrollMargin(ref);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 10,
    scrollMargin,
    measureElement: measureItem,
  });
  useEffect(() => {
    if (targetRow >= 0 && scrollToTarget) virtualizer.scrollToIndex(targetRow, { align: 'center' });
  }, [targetRow, scrollToTarget, virtualizer]);
  useEffect(() => {
    if (scrollRequest) virtualizer.scrollToIndex(scrollRequest.row, { align: 'center' });
  }, [scrollRequest, virtualizer]);
  return (
    <div
      ref={ref}
      role="rowgroup"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      aria-label={`${formatNumber(rows.length)} rows, shown as you scroll`}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <CueRow
            key={item.key}
            row={row}
            index={item.index}
            target={item.index === targetRow}
            onSelectCue={onSelectCue}
            current={currentSide(playing, item.index)}
            playback={playing?.playback}
            looping={playing?.loop === row}
            measureRef={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - scrollMargin}px)` }}
          />
        );
      })}
    </div>
  );
}

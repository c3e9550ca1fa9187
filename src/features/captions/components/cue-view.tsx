import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Loading } from '@/components/query-state';
import type { OutputRef } from '@/lib/query-keys';
import { useCaptionDiff } from '../hooks/use-caption-diff';
import { rowMatches, type CueFilter } from '../lib/cue-filter';
import { formatNumber } from '@/lib/format-count';
import { CueFilters } from './cue-filters';
import type { AlignedRow } from '../lib/aligned-row';
import { NO_CURRENT_ROWS, type CurrentRows } from '../lib/current-rows';
import { hasMediaTimes } from '../lib/media-times';
import type { RowPlayback } from './cue-row';
import { CueTable } from './cue-table';
import type { PlayerControls } from './video-panel';
import './captions.css';

// The player, its tracks and (for transport streams) mpegts.js load only when "Play with video" is pressed.
const VideoPanel = lazy(() => import('./video-panel'));

export type CueViewProps = {
  outputRef: OutputRef;
  files: { expected: string; actual: string; truncated: boolean };
  filename: string;
  filter: CueFilter | undefined;
  onFilterChange: (filter: CueFilter | undefined) => void;
  /** Expected cue number of a `#C12` link. */
  target: number | null;
  /** A cue number was clicked: the app puts `#C12` in the URL. */
  onSelectCue: (index: number) => void;
  /** The line diff, shown instead when the files cannot be compared cue by cue. */
  lineDiff: ReactNode;
};

/** `?view=cues`: expected and actual cues aligned, one row per pair, with timing deltas and word-level changes. */
export function CueView({ outputRef, files, filename, filter, onFilterChange, target, onSelectCue, lineDiff }: CueViewProps) {
  const query = useCaptionDiff(outputRef, files.truncated ? null : { expected: files.expected, actual: files.actual, filename });
  const rows = query.data?.rows;
  const shown = useMemo(() => (rows ? rows.filter((row) => rowMatches(row, filter)) : []), [rows, filter]);
  const counts = useMemo(
    () => ({
      all: rows?.length ?? 0,
      text: rows?.filter((row) => rowMatches(row, 'text')).length ?? 0,
      timing: rows?.filter((row) => rowMatches(row, 'timing')).length ?? 0,
    }),
    [rows],
  );
  const targetRow = useMemo(
    () => (target === null ? -1 : shown.findIndex((row) => row.expected.some((cue) => cue.index === target))),
    [shown, target],
  );
  // A click on a cue number sets the link but must not scroll; a link opened or changed otherwise does.
  const [clicked, setClicked] = useState<number | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const video = useVideo(tableRef);
  const selectCue = useCallback(
    (index: number) => {
      setClicked(index);
      onSelectCue(index);
    },
    [onSelectCue],
  );

  if (files.truncated) {
    return (
      <>
        <p className="notice notice--warn">
          A file was cut at the API’s 1 MiB limit, so its cues cannot all be compared: showing the line diff.
        </p>
        {lineDiff}
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <p className="notice notice--fail">The cues could not be compared ({query.error.message}): showing the line diff.</p>
        {lineDiff}
      </>
    );
  }
  if (!query.data) return <Loading what="the cues" />;
  if (query.data.verdict.kind === 'not_captions') {
    return (
      <>
        <p className="notice notice--info">{query.data.sentence}: showing the line diff.</p>
        {lineDiff}
      </>
    );
  }
  const expectedCues = query.data.verdict.expectedCues;
  const hiddenByFilter = target !== null && targetRow < 0 && rows?.some((row) => row.expected.some((cue) => cue.index === target));
  return (
    <section className="cue-view" aria-label="Cue view">
      <div className="cue-view__bar">
        <CueFilters filter={filter} counts={counts} onChange={onFilterChange} />
        {!video.open &&
          (hasMediaTimes(query.data.expected?.cues ?? []) && hasMediaTimes(query.data.actual?.cues ?? []) ? (
            <button type="button" className="button" onClick={video.show}>
              <span aria-hidden="true">▶ </span>Play with video
            </button>
          ) : (
            <span className="muted">These cues carry clock times, not times in the sample: they cannot follow its video.</span>
          ))}
      </div>
      {target !== null && targetRow < 0 && (
        <p className="notice notice--warn" role="status">
          {hiddenByFilter ? (
            <>
              Expected cue {formatNumber(target)} is hidden by this filter.{' '}
              <button type="button" className="button button--quiet" onClick={() => onFilterChange(undefined)}>
                Show all cues
              </button>
            </>
          ) : (
            `The expected file has no cue ${formatNumber(target)} (it has ${formatNumber(expectedCues)}).`
          )}
        </p>
      )}
      {video.open && query.data.expected && query.data.actual ? (
        <Suspense fallback={<Loading what="the player" />}>
          <VideoPanel
            sampleId={outputRef.sampleId}
            expected={query.data.expected}
            actual={query.data.actual}
            rows={shown}
            loop={video.loop}
            onCurrent={video.setCurrent}
            onReady={video.setControls}
            rowInView={video.rowInView}
            scrollToRow={video.scrollToRow}
            onClose={video.close}
          />
        </Suspense>
      ) : null}
      <div ref={tableRef}>
        <CueTable
          rows={shown}
          targetRow={targetRow}
          scrollToTarget={target !== clicked}
          onSelectCue={selectCue}
          playing={video.playing}
          scrollRequest={video.scrollRequest}
        />
      </div>
    </section>
  );
}

/** The video's state in the cue view: open or not, the rows on screen in it, the loop, and the table's scrolling. */
function useVideo(tableRef: RefObject<HTMLDivElement | null>) {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<CurrentRows>(NO_CURRENT_ROWS);
  const [loop, setLoop] = useState<AlignedRow | null>(null);
  const [scrollRequest, setScrollRequest] = useState<{ row: number } | null>(null);
  const controls = useRef<PlayerControls | null>(null);
  const setControls = useCallback((next: PlayerControls | null) => {
    controls.current = next;
  }, []);
  const playback = useMemo<RowPlayback>(
    () => ({
      onPlayFrom: (row) => controls.current?.playFrom(row),
      onLoop: (row) =>
        setLoop((was) => {
          if (was === row) return null;
          controls.current?.playFrom(row);
          return row;
        }),
    }),
    [],
  );
  const playing = useMemo(() => (open ? { current, playback, loop } : undefined), [open, current, playback, loop]);
  const rowInView = useCallback(
    (row: number) => {
      const element = tableRef.current?.querySelector(`[data-index="${row}"]`);
      if (!element) return false;
      const rect = element.getBoundingClientRect();
      // Below the player where it stays on screen (sticky), and above the window's bottom.
      const panel = element.closest('.cue-view')?.querySelector('.video-panel');
      const top = panel && getComputedStyle(panel).position === 'sticky' ? panel.getBoundingClientRect().bottom : 0;
      return rect.top >= top - 1 && rect.bottom <= window.innerHeight + 1;
    },
    [tableRef],
  );
  const scrollToRow = useCallback((row: number) => setScrollRequest({ row }), []);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    setOpen(false);
    setLoop(null);
    setCurrent(NO_CURRENT_ROWS);
  }, []);
  return { open, show, close, playing, loop, setCurrent, setControls, rowInView, scrollToRow, scrollRequest };
}

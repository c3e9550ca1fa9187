import { memo, type CSSProperties, type MouseEvent, type Ref } from 'react';
import type { AlignedRow } from '../lib/aligned-row';
import type { Cue } from '../lib/cue';
import { ROW_KIND_WORDS } from '../lib/cue-filter';
import { describeDelta, formatCueTime, formatDelta } from '../lib/cue-time';
import type { TextChange } from '../lib/text-change';
import { CueTextDiff } from './cue-text-diff';

const TEXT_CHANGE_WORDS: Record<TextChange, string> = { whitespace: 'spaces', formatting: 'tags', encoding: 'encoding', words: 'words' };

/** The video's part of a row, once "Play with video" is on (video-panel.tsx). */
export type RowPlayback = {
  onPlayFrom: (row: AlignedRow) => void;
  onLoop: (row: AlignedRow) => void;
};

type Props = {
  row: AlignedRow;
  /** Position among the rows shown (0-based). */
  index: number;
  target: boolean;
  onSelectCue: (index: number) => void;
  /** Which side's cue of this row is on screen in the video: 'expected', 'actual', 'both' or none. */
  current?: 'expected' | 'actual' | 'both';
  playback?: RowPlayback;
  looping?: boolean;
  measureRef?: Ref<HTMLDivElement>;
  style?: CSSProperties;
};

function Times({ cues, side }: { cues: Cue[]; side: string }) {
  const first = cues[0];
  const last = cues[cues.length - 1];
  if (!first || !last)
    return (
      <span className="muted" aria-label={`No ${side} cue`}>
        —
      </span>
    );
  return (
    <>
      <span>{formatCueTime(first.start)}</span>
      <span className="cue-row__end">
        <span aria-hidden="true">→ </span>
        <span className="sr-only">to </span>
        {formatCueTime(last.end)}
      </span>
    </>
  );
}

const joined = (cues: Cue[]) => cues.map((c) => c.text).join('\n');

/** One pair of corresponding cues: their times, the timing delta, what changed, and both texts word by word. */
export const CueRow = memo(function CueRow({ row, index, target, onSelectCue, current, playback, looping, measureRef, style }: Props) {
  const first = row.expected[0];
  const last = row.expected[row.expected.length - 1];
  const expectedText = joined(row.expected);
  const actualText = joined(row.actual);
  const compare = row.kind !== 'missing' && row.kind !== 'extra';
  const spaces = row.textChange === 'whitespace';
  const delta = row.startDeltaMs !== undefined && row.endDeltaMs !== undefined ? { start: row.startDeltaMs, end: row.endDeltaMs } : null;
  return (
    <div
      role="row"
      ref={measureRef}
      id={first ? `C${first.index}` : undefined}
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={target ? 'location' : current ? 'time' : undefined}
      className={`cue-row cue-row--${row.kind}${target ? ' cue-row--target' : ''}${current ? ` cue-row--playing-${current}` : ''}`}
      style={style}
    >
      <span role="cell" className="cue-row__number">
        {first && last ? (
          <a
            href={`#C${first.index}`}
            className="line-link"
            aria-label={`Expected cue ${first.index}`}
            onClick={(event: MouseEvent) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              onSelectCue(first.index);
            }}
          >
            {first.index === last.index ? first.index : `${first.index}–${last.index}`}
          </a>
        ) : (
          <span className="muted" aria-label="No expected cue">
            —
          </span>
        )}
        {playback && (
          <span className="cue-row__play">
            <button
              type="button"
              className="cue-row__button"
              title="Play from here"
              aria-label="Play from here"
              onClick={() => playback.onPlayFrom(row)}
            >
              <span aria-hidden="true">▶</span>
            </button>
            {row.kind !== 'same' && (
              <button
                type="button"
                className="cue-row__button"
                title="Play this cue in a loop"
                aria-label="Play this cue in a loop"
                aria-pressed={!!looping}
                onClick={() => playback.onLoop(row)}
              >
                <span aria-hidden="true">⟲</span>
              </button>
            )}
          </span>
        )}
      </span>
      <span role="cell" className="cue-row__time">
        <Times cues={row.expected} side="expected" />
      </span>
      <span role="cell" className="cue-row__time">
        <Times cues={row.actual} side="actual" />
      </span>
      <span role="cell" className={`cue-row__delta${delta && (delta.start !== 0 || delta.end !== 0) ? ' cue-row__delta--moved' : ''}`}>
        {delta ? (
          <>
            <span aria-hidden="true">{formatDelta(delta.start, delta.end)}</span>
            <span className="sr-only">{describeDelta(delta.start, delta.end)}</span>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </span>
      <span role="cell" className="cue-row__kind">
        {ROW_KIND_WORDS[row.kind]}
        {row.textChange && <span className="muted"> ({TEXT_CHANGE_WORDS[row.textChange]})</span>}
      </span>
      <span role="cell" className="cue-row__text cue-row__text--expected">
        {row.expected.length > 0 ? (
          <CueTextDiff expected={expectedText} actual={compare ? actualText : expectedText} side="expected" spaces={spaces} />
        ) : (
          <span className="muted">(no cue)</span>
        )}
      </span>
      <span role="cell" className="cue-row__text cue-row__text--actual">
        {row.actual.length > 0 ? (
          <CueTextDiff expected={compare ? expectedText : actualText} actual={actualText} side="actual" spaces={spaces} />
        ) : (
          <span className="muted">(no cue)</span>
        )}
      </span>
    </div>
  );
});

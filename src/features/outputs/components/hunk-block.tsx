import './hunk-block.css';
import { useMemo } from 'react';
import { hunkSpan, type DiffSide, type LineRange } from '../lib/diff-blocks';
import { windowHas } from '../lib/diff-items';
import { HunkViewer, type DisplayText, type LineTarget } from './hunk-viewer';
import type { DiffHunk } from '@/api/types';

export const ROW_HEIGHT = 20;
/** The hunk header's height, for estimates before an item is measured. */
export const HEADER_HEIGHT = 26;

type Props = {
  hunk: DiffHunk;
  index: number;
  total: number;
  /** The part of the hunk to show: all of it, or one window of a long one. */
  window: DiffHunk;
  /** The first window carries the header; later ones continue the hunk. */
  first: boolean;
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

const range = (span: LineRange | null) => (span ? (span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`) : 'none');

/** One hunk (or one window of a long hunk): a header with where it is and what changed, then its lines. */
export function HunkBlock({ hunk, index, total, window, first, split, displayText, target, onSelectLine }: Props) {
  // Only the window holding the target gets it, so moving the target re-renders two windows, not all.
  const viewer = (
    <HunkViewer
      hunk={window}
      split={split}
      displayText={displayText}
      target={target && windowHas(window, target.side, target.line) ? target : null}
      onSelectLine={onSelectLine}
    />
  );
  const counts = useMemo(
    () => ({
      added: hunk.lines.filter((line) => line.kind === 'added').length,
      removed: hunk.lines.filter((line) => line.kind === 'removed').length,
    }),
    [hunk],
  );
  if (!first) return <div className="hunk hunk--continued">{viewer}</div>;
  return (
    // `data-hunk` and tabIndex: `j` / `k` move focus from hunk to hunk (lib/hunk-navigation.ts).
    <section className="hunk" aria-label={`Hunk ${index + 1} of ${total}`} id={`hunk-${index + 1}`} data-hunk tabIndex={-1}>
      <header className="hunk__header">
        <span className="hunk__title">
          Hunk {index + 1} of {total}
        </span>
        <span className="hunk__range">
          expected {range(hunkSpan(hunk, 'expected'))} · actual {range(hunkSpan(hunk, 'actual'))}
        </span>
        <span className="diff-count diff-count--added">+{counts.added}</span>
        <span className="diff-count diff-count--removed">−{counts.removed}</span>
      </header>
      {viewer}
    </section>
  );
}

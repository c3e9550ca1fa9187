import { useMemo } from 'react';
import type { Schemas } from '@/lib/api-client';
import { hunkSpan, type DiffSide, type LineRange } from '../lib/diff-blocks';
import { hunkToSides } from '../lib/hunk-sides';
import { hunkWindows } from '../lib/hunk-windows';
import { HunkViewer, type DisplayText, type LineTarget } from './hunk-viewer';
import { LazyMount } from './lazy-mount';

type DiffHunk = Schemas['DiffHunk'];

export const ROW_HEIGHT = 20;

type Props = {
  hunk: DiffHunk;
  index: number;
  total: number;
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

const range = (span: LineRange | null) => (span ? (span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`) : 'none');

function contains(hunk: DiffHunk, target: LineTarget | null): boolean {
  if (!target) return false;
  const span = hunkSpan(hunk, target.side);
  return span !== null && target.line >= span.from && target.line <= span.to;
}

export function estimatedRows(hunk: DiffHunk, split: boolean): number {
  return split ? hunkToSides(hunk).length : hunk.lines.length;
}

/** One hunk: a header with where it is and what changed, then its lines in windows the viewer can take. */
export function HunkBlock({ hunk, index, total, split, displayText, target, onSelectLine }: Props) {
  const windows = useMemo(() => hunkWindows(hunk), [hunk]);
  const added = hunk.lines.filter((line) => line.kind === 'added').length;
  const removed = hunk.lines.filter((line) => line.kind === 'removed').length;
  return (
    <section className="hunk" aria-label={`Hunk ${index + 1} of ${total}`} id={`hunk-${index + 1}`}>
      <header className="hunk__header">
        <span className="hunk__title">
          Hunk {index + 1} of {total}
        </span>
        <span className="hunk__range">
          expected {range(hunkSpan(hunk, 'expected'))} · actual {range(hunkSpan(hunk, 'actual'))}
        </span>
        <span className="diff-count diff-count--added">+{added}</span>
        <span className="diff-count diff-count--removed">−{removed}</span>
      </header>
      {windows.map((window, i) => (
        <LazyMount key={i} estimatedHeight={estimatedRows(window, split) * ROW_HEIGHT} force={contains(window, target)}>
          {/* Only the window holding the target gets it, so moving the target re-renders two windows, not all. */}
          <HunkViewer hunk={window} split={split} displayText={displayText} target={contains(window, target) ? target : null} onSelectLine={onSelectLine} />
        </LazyMount>
      ))}
    </section>
  );
}

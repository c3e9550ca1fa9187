import './hunk-block.css';
import type { DiffRow, DisplayText, HunkRows, LineRange, LineTarget } from '../lib/diff-rows';
import { useSideNames } from '../hooks/use-side-names';
import { HunkViewer } from './hunk-viewer';

// 24 px: a line number is a 24 px tall target (hunk-viewer.css).
export const ROW_HEIGHT = 24;
/** The hunk header's height, for estimates before an item is measured. */
export const HEADER_HEIGHT = 26;

type Props = {
  hunk: HunkRows;
  total: number;
  /** The rows to show: all of the hunk's, or one window of a long hunk. */
  rows: readonly DiffRow[];
  /** The first window carries the header; later ones continue the hunk. */
  first: boolean;
  split: boolean;
  displayText: DisplayText;
  /** The linked or found line, when it is in this window. */
  target: LineTarget | null;
};

const range = (span: LineRange | null) => (span ? (span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`) : 'none');

/** One hunk (or one window of a long hunk): a header with where it is and what changed, then its rows. */
export function HunkBlock({ hunk, total, rows, first, split, displayText, target }: Props) {
  const { short } = useSideNames();
  const viewer = <HunkViewer rows={rows} split={split} displayText={displayText} target={target} />;
  if (!first) return <div className="hunk hunk--continued">{viewer}</div>;
  return (
    // `data-hunk` and tabIndex: `j` / `k` move focus from hunk to hunk (lib/hunk-navigation.ts).
    <section className="hunk" aria-label={`Hunk ${hunk.index + 1} of ${total}`} id={`hunk-${hunk.index + 1}`} data-hunk tabIndex={-1}>
      <header className="hunk__header">
        <span className="hunk__title">
          Hunk {hunk.index + 1} of {total}
        </span>
        <span className="hunk__range">
          {short.expected} {range(hunk.expected)} · {short.actual} {range(hunk.actual)}
        </span>
        <span className="diff-count diff-count--added">+{hunk.added}</span>
        <span className="diff-count diff-count--removed">−{hunk.removed}</span>
      </header>
      {viewer}
    </section>
  );
}

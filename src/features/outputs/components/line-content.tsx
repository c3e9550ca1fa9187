import './output.css';
import { Fragment, type ReactNode } from 'react';
import { MARKER_NAMES, markerRuns, type MarkedRun } from '../lib/display-line';
import type { WordPart } from '../lib/word-diff';

type Props = {
  text: string;
  /** The words of a changed line the other side lacks (lib/word-diff.ts): they cover `text` whole. */
  words?: readonly WordPart[] | null;
  /** How changed words are marked: removed (the expected side) or added (the actual side). */
  change?: 'removed' | 'added';
};

function run(item: MarkedRun, key: number): ReactNode {
  return item.marker ? (
    <span key={key} className={`ws-marker ws-marker--${item.marker}`} title={MARKER_NAMES[item.marker]}>
      {item.text}
    </span>
  ) : (
    item.text
  );
}

/** The marker runs cut at the word parts' edges: each part gets the runs (or pieces of runs) inside it. */
function runsByPart(runs: readonly MarkedRun[], words: readonly WordPart[]): MarkedRun[][] {
  const byPart: MarkedRun[][] = [];
  let r = 0;
  let offset = 0; // into runs[r]
  for (const word of words) {
    const pieces: MarkedRun[] = [];
    let left = word.text.length;
    while (left > 0 && r < runs.length) {
      const current = runs[r] as MarkedRun;
      const take = Math.min(left, current.text.length - offset);
      pieces.push({ ...current, text: current.text.slice(offset, offset + take) });
      left -= take;
      offset += take;
      if (offset === current.text.length) {
        r += 1;
        offset = 0;
      }
    }
    byPart.push(pieces);
  }
  return byPart;
}

/** One line's display text, its invisible-character stand-ins styled and named, its changed words marked (text nodes only). */
export function LineContent({ text, words, change = 'added' }: Props) {
  const runs = markerRuns(text);
  if (!words) return <span className="line-content">{runs.map(run)}</span>;
  const Mark = change === 'removed' ? 'del' : 'ins';
  return (
    <span className="line-content">
      {runsByPart(runs, words).map((pieces, i) =>
        words[i]?.changed ? (
          <Mark key={i} className={`word word--${change}`}>
            {pieces.map(run)}
          </Mark>
        ) : (
          <Fragment key={i}>{pieces.map(run)}</Fragment>
        ),
      )}
    </span>
  );
}

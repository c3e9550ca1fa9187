import './diff-find.css';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { FindableLine } from '../lib/diff-items';
import type { LineTarget } from '../lib/diff-rows';
import { formatNumber } from '@/lib/format-count';

type Props = {
  /** Every line the view can show, rendered or not: the browser's own find sees only rendered rows. */
  lines: readonly FindableLine[];
  /** Unchanged lines folded away between hunks: counted, and shown on request, so a match there is not missed. */
  folded?: readonly FindableLine[];
  onShowFolded?: () => void;
  /** The current match, to scroll to and highlight; null when there is none. */
  onFound: (target: LineTarget | null) => void;
};

const targetOf = (line: FindableLine | undefined): LineTarget | null => (line ? { side: line.side, line: line.line } : null);

const NONE: readonly FindableLine[] = [];

/** "Find in diff": a case-insensitive search over the whole diff, with a count and previous / next. */
export function DiffFind({ lines, folded = NONE, onShowFolded, onFound }: Props) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const matches = useMemo(
    () => (deferred === '' ? [] : lines.filter((line) => line.text.toLowerCase().includes(deferred))),
    [lines, deferred],
  );
  const foldedMatches = useMemo(
    () => (deferred === '' ? 0 : folded.reduce((n, line) => n + (line.text.toLowerCase().includes(deferred) ? 1 : 0), 0)),
    [folded, deferred],
  );
  const index = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);
  const match = matches[index];

  useEffect(() => onFound(targetOf(match)), [match, onFound]);

  const step = (by: number) => matches.length > 0 && setCurrent((index + by + matches.length) % matches.length);
  return (
    <div className="diff-find" role="search" aria-label="Find in diff">
      <label className="diff-find__label">
        Find in diff
        <input
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }}
        />
      </label>
      <span className="diff-find__count" aria-live="polite">
        {deferred === '' ? '' : matches.length === 0 ? 'No matches' : `${formatNumber(index + 1)} of ${formatNumber(matches.length)}`}
        {foldedMatches > 0 && ` · ${formatNumber(foldedMatches)} more in folded lines`}
      </span>
      {foldedMatches > 0 && onShowFolded && (
        <button type="button" className="button button--quiet" onClick={onShowFolded}>
          Show the folded lines
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => step(-1)}
        disabled={matches.length === 0}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => step(1)}
        disabled={matches.length === 0}
        aria-label="Next match"
      >
        ↓
      </button>
    </div>
  );
}

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { FindableLine } from '../lib/diff-items';
import { formatNumber } from '../lib/format-count';
import type { LineTarget } from './hunk-viewer';

type Props = {
  /** Every line the view can show, rendered or not: the browser's own find sees only rendered rows. */
  lines: readonly FindableLine[];
  /** The current match, to scroll to and highlight; null when there is none. */
  onFound: (target: LineTarget | null) => void;
};

const targetOf = (line: FindableLine | undefined): LineTarget | null => (line ? { side: line.side, line: line.line } : null);

/** "Find in diff": a case-insensitive search over the whole diff, with a count and previous / next. */
export function DiffFind({ lines, onFound }: Props) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const matches = useMemo(() => (deferred === '' ? [] : lines.filter((line) => line.text.toLowerCase().includes(deferred))), [lines, deferred]);
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
      </span>
      <button type="button" className="button button--quiet" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" className="button button--quiet" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match">
        ↓
      </button>
    </div>
  );
}

import './hidden-lines-bar.css';
import { plural } from '@/lib/format-count';
import { useSideNames } from '../hooks/use-side-names';

type Props = {
  count: number;
  expectedFrom: number;
  actualFrom: number;
  /** The sides agree here and the lines were received, so they can be shown. */
  expandable: boolean;
  /** The server's capped diff left this gap inconsistent: changes may hide here. */
  inexact: boolean;
  /** The expected file is still loading. */
  loading?: boolean;
  onExpand: () => void;
};

/** Unchanged lines between hunks: one click shows them from the full expected file. */
export function HiddenLinesBar({ count, expectedFrom, actualFrom, expandable, inexact, loading = false, onExpand }: Props) {
  const { short } = useSideNames();
  const where =
    count > 0
      ? `${short.expected} ${expectedFrom}–${expectedFrom + count - 1}, ${short.actual} ${actualFrom}–${actualFrom + count - 1}`
      : `after ${short.expected} line ${expectedFrom - 1}`;
  // While the expected file loads, the button is there already (disabled), so the bar keeps its size when it comes.
  const waiting = !expandable && loading && !inexact;
  if (expandable || waiting) {
    return (
      <div className="hidden-lines">
        <button
          type="button"
          className="hidden-lines__button"
          onClick={onExpand}
          disabled={waiting}
          title={waiting ? 'Loading the expected file to show them…' : undefined}
        >
          <span aria-hidden="true">↕ </span>Show {plural(count, 'hidden line')}
          {waiting && <span className="sr-only"> (loading the expected file to show them…)</span>}
        </button>
        <span className="hidden-lines__where">{where}</span>
      </div>
    );
  }
  return (
    <div className="hidden-lines hidden-lines--stuck">
      <span>
        {inexact
          ? 'Lines hidden here that the server’s capped diff does not account for: changes may be missing. Compute the full diff to see them.'
          : `${plural(count, 'line')} hidden here, beyond the part of the file the API sent.`}
      </span>
      <span className="hidden-lines__where">{where}</span>
    </div>
  );
}

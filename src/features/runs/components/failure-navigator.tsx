import './failure-navigator.css';
import { Link } from '@tanstack/react-router';
import type { OutputStop } from '../failure-order';
import { useFailurePosition } from '../hooks/use-failure-position';
import { SafeText } from '@/components/safe-text';
import { visibleText } from '@/lib/invisible-chars';
import { outputLink } from '@/lib/output-link';

type Props = { runId: number; current: { regressionId: number; outputId: number } };

/**
 * "failure 3 of 41" with links to the previous and next failing output of the run, across samples, in the order
 * of the run screen (`n` and `p` follow the same links).
 */
export function FailureNavigator({ runId, current }: Props) {
  const { position, results } = useFailurePosition(runId, current);

  if (!position) {
    // The links' places are kept while the run's results load (all their pages: seconds in a large run), so the
    // screen under them does not move when they arrive.
    return (
      <nav className="failure-nav" aria-label="Failures in this run" aria-busy={results.isPending || undefined}>
        <StopPlaceholder direction="previous" />
        <span className="failure-nav__position muted">
          {results.isError ? 'Could not load the failures of this run' : 'Finding the failures of this run…'}
          {results.isError && (
            <>
              {' '}
              <button type="button" className="button button--quiet" onClick={() => void results.refetch()}>
                Retry
              </button>
            </>
          )}
        </span>
        <StopPlaceholder direction="next" />
      </nav>
    );
  }
  if (position.total === 0) {
    return (
      <nav className="failure-nav" aria-label="Failures in this run">
        <span className="failure-nav__position">No failing output in this run</span>
      </nav>
    );
  }
  return (
    <nav className="failure-nav" aria-label="Failures in this run">
      <StopLink runId={runId} stop={position.previous} direction="previous" onFailure={position.index !== null} />
      <span className="failure-nav__position" aria-live="polite">
        {position.index !== null
          ? `failure ${position.index} of ${position.total}`
          : `not a failure · ${position.total} ${position.total === 1 ? 'failure' : 'failures'} in this run`}
      </span>
      <StopLink runId={runId} stop={position.next} direction="next" onFailure={position.index !== null} />
    </nav>
  );
}

const arrowed = (direction: 'previous' | 'next') => (direction === 'previous' ? '← Previous failure' : 'Next failure →');

/** A link's place, the size of a link, while the failures are found. */
function StopPlaceholder({ direction }: { direction: 'previous' | 'next' }) {
  return (
    <span className="failure-nav__link failure-nav__link--none failure-nav__link--placeholder" aria-hidden="true">
      {arrowed(direction)}
      <span className="failure-nav__target">{'\u00a0'}</span>
    </span>
  );
}

type StopProps = {
  runId: number;
  stop: OutputStop | null;
  direction: 'previous' | 'next';
  /** This output is one of the failures. */ onFailure: boolean;
};

function StopLink({ runId, stop, direction, onFailure }: StopProps) {
  if (!stop) {
    return (
      <span className="failure-nav__link failure-nav__link--none" aria-disabled="true">
        {arrowed(direction)}
        <span className="failure-nav__target">
          {onFailure
            ? direction === 'previous'
              ? 'this is the first'
              : 'this is the last'
            : direction === 'previous'
              ? 'none before this'
              : 'none after this'}
        </span>
      </span>
    );
  }
  return (
    <Link
      {...outputLink({ runId, sampleId: stop.sampleId, regressionId: stop.regressionId, outputId: stop.outputId })}
      // Keep the diff view and context the user chose.
      search={true}
      className={`failure-nav__link failure-nav__link--${direction}`}
      rel={direction === 'previous' ? 'prev' : 'next'}
      aria-keyshortcuts={direction === 'previous' ? 'p' : 'n'}
      // A title cannot hold marks: hidden characters from data are spelled out (<U+202E>) instead of obeyed.
      title={visibleText(`${stop.sampleName} · ${stop.filename} (${stop.failure ?? ''})`)}
    >
      {arrowed(direction)}
      <span className="failure-nav__target">
        <SafeText text={stop.sampleName} /> · {stop.failure}
      </span>
    </Link>
  );
}

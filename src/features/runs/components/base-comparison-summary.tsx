import './base-comparison-summary.css';
import { Link } from '@tanstack/react-router';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { BASE_CLASS_COUNT_WORDS, BASE_CLASS_WORDS, BASE_CLASSES, type BaseClass } from '../base-comparison';
import type { BaseComparisonState } from '../hooks/use-base-comparison';
import type { RunSearch } from '../run-search';

type Props = {
  runId: number;
  state: BaseComparisonState;
  /** The class the list shows now, if any (its count reads as chosen). */
  active?: RunSearch['status'];
  onChange: (change: Partial<RunSearch>) => void;
};

/**
 * "Compared with run 7003": the base run (a link, its branch, platform and age) and the counts that lead the run
 * screen, each a filter. A fixed height while the base loads, so the list below does not move.
 */
export function BaseComparisonSummary({ runId, state, active, onChange }: Props) {
  return (
    <section className="base-comparison" aria-label="Compared with the base run">
      <BaseLine runId={runId} state={state} onChange={onChange} />
      {state.state === 'ready' ? (
        <ul className="base-counts">
          {BASE_CLASSES.map((cls) => (
            <li key={cls}>
              <button
                type="button"
                className={`base-count base-count--${cls}`}
                aria-pressed={active === cls}
                onClick={() => onChange({ status: active === cls ? undefined : cls })}
              >
                <span className="base-count__value">{state.comparison.counts[cls]}</span> {BASE_CLASS_COUNT_WORDS[cls]}
              </button>
            </li>
          ))}
        </ul>
      ) : state.state === 'loading' ? (
        <ul className="base-counts" aria-hidden="true">
          {BASE_CLASSES.map((cls) => (
            <li key={cls}>
              {/* A value's line, as tall as a count's (its digits are larger than the words). */}
              <span className="base-count skeleton-count">
                <span className="base-count__value">&nbsp;</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function BaseLine({ runId, state, onChange }: Omit<Props, 'active'>) {
  const off = (
    <button type="button" className="button button--quiet" onClick={() => onChange({ base: 'none', status: undefined })}>
      Compare with no run
    </button>
  );
  const backToDefault = (
    <button type="button" className="button button--quiet" onClick={() => onChange({ base: undefined })}>
      Compare with the default base run
    </button>
  );
  switch (state.state) {
    case 'off':
      return <p className="base-line muted">Not compared with a base run. {backToDefault}</p>;
    case 'loading':
      return (
        <p className="base-line muted" aria-busy="true">
          Finding the base run{state.baseId ? ` (run ${state.baseId})` : ''}…
        </p>
      );
    case 'none-found':
      return (
        <p className="base-line muted">
          No base run found: no finished run on master for this platform before run {runId}. {off}
        </p>
      );
    case 'error':
      return (
        <>
          <ErrorState error={state.error} what={state.what} onRetry={state.retry} />
          <p className="base-line">{state.what.startsWith('base run') ? backToDefault : off}</p>
        </>
      );
    case 'ready': {
      const { base } = state;
      return (
        <p className="base-line">
          Compared with{' '}
          <Link to="/runs/$runId" params={{ runId: String(base.run_id) }} search={{}}>
            run {base.run_id}
          </Link>{' '}
          <span className="muted">
            ({base.branch ?? (base.pr_number ? `pull request #${base.pr_number}` : 'no branch')}, {base.platform},{' '}
            <RelativeTime value={base.created_at} />
            {state.chosen ? ', chosen in this link' : ''}
            {state.complete ? '' : ', its results cut short by the server'})
          </span>{' '}
          {state.chosen ? backToDefault : off}
        </p>
      );
    }
  }
}

/** The word a failing row carries. */
export function BaseClassWord({ cls }: { cls: BaseClass }) {
  return <span className={`base-word base-word--${cls}`}>{BASE_CLASS_WORDS[cls]}</span>;
}

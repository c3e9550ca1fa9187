import './run-activity.css';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { MalformedItems } from '@/components/malformed-items';
import { QueryState } from '@/components/query-state';
import { RelativeTime } from '@/components/relative-time';
import { SafeText } from '@/components/safe-text';
import { useErrorSummary, useRunErrors, type ErrorGroup, type RunError } from '../api/get-run-errors';
import { errorTypeWord, severityWord } from '../lib/words';
import { ActivitySection } from './activity-section';

type Props = {
  runId: number;
  /** The output an error names (by its regression test and file name), when the run lists it: its screen is linked. */
  outputIdOf?: (regressionId: number, filename: string) => number | undefined;
};

/** "Errors": a finished run's errors grouped by type, one click away; a group opens to its errors, each linked to its sample or output. */
export function RunErrors(props: Props) {
  return <ActivitySection title="Errors">{() => <ErrorGroups {...props} />}</ActivitySection>;
}

function ErrorGroups({ runId, outputIdOf }: Props) {
  const summary = useErrorSummary(runId);
  return (
    <QueryState query={summary} what="the run's errors">
      {(page) =>
        page.data.length === 0 && page.malformed.length === 0 ? (
          <p className="empty">The platform recorded no errors for this run.</p>
        ) : (
          <>
            <ul className="error-groups" aria-label="Errors by type">
              {page.data.map((group) => (
                <li key={group.key}>
                  <ErrorGroupRow runId={runId} group={group} outputIdOf={outputIdOf} />
                </li>
              ))}
            </ul>
            <MalformedItems items={page.malformed} noun="error group" />
          </>
        )
      }
    </QueryState>
  );
}

function ErrorGroupRow({ runId, group, outputIdOf }: { runId: number; group: ErrorGroup; outputIdOf: Props['outputIdOf'] }) {
  const [open, setOpen] = useState(false);
  const errors = useRunErrors(runId, group.key, open);
  return (
    <details className="error-group" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span className="error-group__type">
          <SafeText text={errorTypeWord(group.key)} />
        </span>{' '}
        <span className="badge badge--neutral">{group.count.toLocaleString('en')}</span>{' '}
        <span className={`badge severity severity--${group.severity}`}>{severityWord(group.severity)}</span>
        {group.key !== errorTypeWord(group.key) && (
          <code className="muted error-group__key">
            <SafeText text={group.key} />
          </code>
        )}
      </summary>
      {open && (
        <QueryState query={errors} what={`the ${errorTypeWord(group.key).toLowerCase()}`}>
          {(data) => {
            const items = data.pages.flatMap((page) => page.data);
            const malformed = data.pages.flatMap((page) => page.malformed);
            return (
              <>
                <ul className="error-list">
                  {items.map((error) => (
                    <li key={String(error.error_id)}>
                      <ErrorItem runId={runId} error={error} outputIdOf={outputIdOf} />
                    </li>
                  ))}
                </ul>
                <MalformedItems items={malformed} noun="error" />
                {errors.hasNextPage && (
                  <button type="button" className="button" disabled={errors.isFetchingNextPage} onClick={() => void errors.fetchNextPage()}>
                    {errors.isFetchingNextPage ? 'Loading more errors…' : 'Load more errors'}
                  </button>
                )}
              </>
            );
          }}
        </QueryState>
      )}
    </details>
  );
}

function ErrorItem({ runId, error, outputIdOf }: { runId: number; error: RunError; outputIdOf: Props['outputIdOf'] }) {
  const file = error.location?.file ?? null;
  const outputId = error.regression_id !== null && file && outputIdOf ? outputIdOf(error.regression_id, file) : undefined;
  const where =
    error.sample_id === null ? null : outputId !== undefined && error.regression_id !== null ? (
      <Link
        to="/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId"
        params={{
          runId: String(runId),
          sampleId: String(error.sample_id),
          regressionId: String(error.regression_id),
          outputId: String(outputId),
        }}
      >
        Open the output
      </Link>
    ) : (
      <Link to="/runs/$runId/samples/$sampleId" params={{ runId: String(runId), sampleId: String(error.sample_id) }}>
        Open sample {error.sample_id}
        {error.location?.sample_name ? (
          <>
            {' '}
            (<SafeText text={error.location.sample_name} />)
          </>
        ) : null}
      </Link>
    );
  return (
    <div className="error-item">
      <p className="error-item__message">
        <span className={`badge severity severity--${error.severity}`}>{severityWord(error.severity)}</span>{' '}
        <SafeText text={error.message} />
      </p>
      <p className="muted error-item__where">
        {error.regression_id !== null && <>Regression test {error.regression_id} · </>}
        {file && (
          <>
            <code>
              <SafeText text={file} />
            </code>
            {error.location?.line != null && `:${error.location.line}`} ·{' '}
          </>
        )}
        <RelativeTime value={error.occurred_at} />
        {where && <> · {where}</>}
      </p>
    </div>
  );
}

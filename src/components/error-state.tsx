import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { isApiError, type ApiError } from '@/lib/api-error';
import { visibleText } from '@/lib/invisible-chars';
import { SafeText } from './safe-text';

type Props = {
  error: ApiError | Error;
  /** What was being loaded, in words: "the run", "the diff". */
  what: string;
  onRetry?: () => void;
};

const RESOURCE_WORDS: Record<string, string> = {
  run: 'Run',
  sample: 'Sample',
  regression_test: 'Regression test',
  output: 'Output',
};

function Panel({ title, tone = 'error', children }: { title: string; tone?: 'error' | 'warn'; children: ReactNode }) {
  // Several panels can share a screen (the run and its results): each needs its own heading id.
  const titleId = useId();
  return (
    <section className={`state-panel state-panel--${tone}`} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

/** Every failure in the words of ui.md, each with a way forward. */
export function ErrorState({ error, what, onRetry }: Props) {
  if (!isApiError(error)) {
    return (
      <Panel title={`Could not show ${what}`}>
        <p>
          Something went wrong in the viewer itself: <SafeText text={error.message} />
        </p>
        {onRetry && <RetryButton onRetry={onRetry} />}
      </Panel>
    );
  }
  switch (error.code) {
    case 'not_found': {
      const resource = typeof error.details.resource === 'string' ? error.details.resource : undefined;
      const id = typeof error.details.id === 'number' || typeof error.details.id === 'string' ? error.details.id : undefined;
      const name = resource ? (RESOURCE_WORDS[resource] ?? resource) : 'It';
      return (
        <Panel title="Not found" tone="warn">
          <p>
            {name}
            {id !== undefined ? ` ${visibleText(String(id))}` : ''} does not exist on this API server. The link may have a typo, or the data
            was removed.
          </p>
          <p>
            <Link to="/">Go to the runs list</Link>
          </p>
        </Panel>
      );
    }
    case 'forbidden':
      return <PermissionDenied error={error} />;
    case 'rate_limited':
      return <RateLimited error={error} onRetry={onRetry} />;
    case 'validation_error':
      return (
        // The platform answers a bad id in a path (/runs/abc, /runs/0) with 400: the link is what is wrong.
        <Panel title={idFieldOf(error.details) ? 'Bad link' : 'The API rejected the request'} tone="warn">
          <p>
            <SafeText text={error.message} />
          </p>
          <FieldErrors details={error.details} />
          <p>
            <Link to="/">Go to the runs list</Link>
          </p>
        </Panel>
      );
    default:
      return (
        <Panel title={`Could not load ${what}`}>
          <p>
            <SafeText text={error.message} />
          </p>
          {error.status > 0 && (
            <p className="muted">
              HTTP {error.status} · {error.code}
            </p>
          )}
          {onRetry && <RetryButton onRetry={onRetry} />}
        </Panel>
      );
  }
}

function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className="button" onClick={onRetry}>
      Retry
    </button>
  );
}

const ID_FIELDS = new Set(['run_id', 'sample_id', 'regression_id', 'regression_test_id', 'output_id']);

function idFieldOf(details: Record<string, unknown>): string | undefined {
  const fields = details.fields;
  if (!fields || typeof fields !== 'object') return undefined;
  return Object.keys(fields).find((field) => ID_FIELDS.has(field));
}

/** Scope names from a detail the platform sends as an array (`required_scopes`) or, in older servers, a string. */
function scopeList(...values: unknown[]): string[] {
  const names = values.flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])).map(String);
  return [...new Set(names)];
}

function Scopes({ names }: { names: string[] }) {
  return (
    <>
      {names.map((s) => (
        <code key={s}>
          <SafeText text={s} />
        </code>
      ))}
    </>
  );
}

function FieldErrors({ details }: { details: Record<string, unknown> }) {
  const fields = details.fields;
  if (!fields || typeof fields !== 'object') return null;
  return (
    <ul>
      {Object.entries(fields as Record<string, unknown>).map(([field, message]) => (
        <li key={field}>
          <code>
            <SafeText text={field} />
          </code>
          : <SafeText text={String(message)} />
        </li>
      ))}
    </ul>
  );
}

export function PermissionDenied({ error }: { error: ApiError }) {
  const required = scopeList(error.details.required_scopes, error.details.required_scope);
  const missing = scopeList(error.details.missing_scopes);
  const scopes = Array.isArray(error.details.token_scopes) ? error.details.token_scopes.map(String) : undefined;
  const ask = missing.length > 0 ? missing : required;
  return (
    <Panel title="Permission denied" tone="warn">
      <p>
        <SafeText text={error.message} />
      </p>
      <dl className="facts">
        {required.length > 0 && (
          <>
            <dt>{required.length === 1 ? 'Scope required' : 'Scopes required'}</dt>
            <dd>
              <Scopes names={required} />
            </dd>
          </>
        )}
        {missing.length > 0 && (
          <>
            <dt>Missing</dt>
            <dd>
              <Scopes names={missing} />
            </dd>
          </>
        )}
        {scopes && (
          <>
            <dt>Your token has</dt>
            <dd>{scopes.length ? <Scopes names={scopes} /> : 'no scopes'}</dd>
          </>
        )}
      </dl>
      <p>
        Ask a sample-platform admin for a token with {ask.length > 0 ? <Scopes names={ask} /> : 'the missing scope'}
        {ask.length > 1 ? ' scopes' : ask.length === 1 ? ' scope' : ''}, then sign in again with it.
      </p>
    </Panel>
  );
}

/** "Rate limited" with a countdown; React Query retries once per countdown, at most 3 times, then this asks. */
export function RateLimited({ error, onRetry, retrying }: { error: ApiError; onRetry?: () => void; retrying?: boolean }) {
  const seconds = useCountdown(error.at + (error.retryAfter ?? 0) * 1000);
  return (
    <Panel title="Rate limited" tone="warn">
      <p>The API allows 120 reads a minute for each token and asked the viewer to wait.</p>
      {retrying ? (
        <p aria-live="polite">{seconds > 0 ? `Trying again in ${seconds} s…` : 'Trying again…'}</p>
      ) : (
        <>
          <p>{seconds > 0 ? `You can try again in ${seconds} s.` : 'You can try again now.'}</p>
          {onRetry && (
            <button type="button" className="button" onClick={onRetry} disabled={seconds > 0}>
              Retry
            </button>
          )}
        </>
      )}
    </Panel>
  );
}

/** "Rate limited" in one line, for a slot that waits beside a screen's content (a file's facts). */
export function RateLimitedInline({ error }: { error: ApiError }) {
  const seconds = useCountdown(error.at + (error.retryAfter ?? 0) * 1000);
  return <span aria-live="polite">Rate limited: {seconds > 0 ? `trying again in ${seconds} s…` : 'trying again…'}</span>;
}

function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (now >= until) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [now, until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

import './write-failure.css';
// What a failed write (approve a baseline, run again, cancel) means, in words: whether anything changed on the
// platform, and what the user can do. It is never sent again by itself.
import { isApiError, type ApiError } from '@/lib/api-error';
import { SafeText } from './safe-text';

type Props = {
  error: ApiError | Error;
  /** "The approval", "Running again", "Cancelling". */
  what: string;
  /** How to find out whether it happened after all: "reload the page and look at the run's status". */
  howToCheck: string;
};

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).filter((v): v is string => typeof v === 'string');

/** Whether the server may have done it although no answer said so (no answer, an answer too late, a 5xx, an unreadable 2xx). */
export function outcomeUnknown(error: ApiError | Error): boolean {
  if (!isApiError(error)) return true;
  return error.code === 'network_error' || error.code === 'timeout' || error.status >= 500 || (error.status >= 200 && error.status < 300);
}

export function WriteFailure({ error, what, howToCheck }: Props) {
  if (!isApiError(error) || outcomeUnknown(error)) {
    return (
      <div className="notice notice--fail write-failure" role="alert">
        <p>
          <strong>{what} may or may not have happened:</strong> <SafeText text={error.message} />
        </p>
        <p>It was not sent again. Before you try again, {howToCheck}.</p>
      </div>
    );
  }
  if (error.code === 'forbidden') {
    const scopes = [
      ...new Set([...names(error.details.missing_scopes), ...names(error.details.required_scopes), ...names(error.details.required_scope)]),
    ];
    const roles = names(error.details.required_role);
    const has = names(error.details.token_scopes);
    return (
      <div className="notice notice--warn write-failure" role="alert">
        <p>
          <strong>Permission denied: nothing changed.</strong> <SafeText text={error.message} />
        </p>
        {(scopes.length > 0 || roles.length > 0) && (
          <p>
            Needs{' '}
            {scopes.length > 0 && (
              <>
                the{' '}
                {scopes.map((s, i) => (
                  <code key={s}>
                    {i > 0 ? ', ' : ''}
                    <SafeText text={s} />
                  </code>
                ))}{' '}
                scope{scopes.length > 1 ? 's' : ''}
              </>
            )}
            {scopes.length > 0 && roles.length > 0 && ' and '}
            {roles.length > 0 && (
              <>
                the <SafeText text={roles.join(' or ')} /> role
              </>
            )}
            {has.length > 0 && (
              <>
                ; your token has <SafeText text={has.join(', ')} />
              </>
            )}
            .
          </p>
        )}
      </div>
    );
  }
  if (error.code === 'rate_limited') {
    return (
      <div className="notice notice--warn write-failure" role="alert">
        <p>
          <strong>Rate limited: nothing changed.</strong> The API asked the viewer to wait
          {error.retryAfter !== undefined ? ` ${error.retryAfter} seconds` : ''} before the next request. You can try again then.
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--fail write-failure" role="alert">
      <p>
        <strong>The server refused: nothing changed.</strong> <SafeText text={error.message} />
      </p>
      <p className="muted">
        HTTP {error.status} · <SafeText text={error.code} />
      </p>
    </div>
  );
}

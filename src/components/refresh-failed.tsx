import './refresh-failed.css';
import { isApiError, type ApiError } from '@/lib/api-error';
import { SafeText } from './safe-text';

/** The data stays on screen while a refresh (or the next page) failed: say so, and offer to try again. */
export function RefreshFailed({ error, what, onRetry }: { error: ApiError | Error; what: string; onRetry: () => void }) {
  const waiting = isApiError(error) && error.code === 'rate_limited' ? ' (rate limited: wait a moment)' : '';
  return (
    <p className="notice notice--warn refresh-failed" role="alert">
      <span>
        Could not load {what}: <SafeText text={error.message} />
        {waiting}
      </span>{' '}
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

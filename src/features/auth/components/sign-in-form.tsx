import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api-error';
import { config, validateApiBaseUrl, type FileRouteStyle } from '@/lib/config';
import { useSession } from '@/lib/session';
import { getMe } from '../api/get-me';

type Props = { onSignedIn: () => void };

/** Checks the token with GET /auth/me before leaving the form. */
export function SignInForm({ onSignedIn }: Props) {
  const session = useSession();
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [apiBaseUrl, setApiBaseUrl] = useState(session.apiBaseUrl);
  const [fileRoutes, setFileRoutes] = useState<FileRouteStyle>(session.fileRoutes);
  const [remember, setRemember] = useState(false);
  const [urlError, setUrlError] = useState<string | null>(null);
  const ids = { token: useId(), server: useId(), routes: useId(), remember: useId(), error: useId(), urlError: useId() };

  const signIn = useMutation({
    mutationFn: ({ token, apiBaseUrl }: { token: string; apiBaseUrl: string }) => getMe({ token, apiBaseUrl }),
    onSuccess: (me, { token, apiBaseUrl }) => {
      useSession.getState().signIn({ token, apiBaseUrl, fileRoutes, remember, me });
      onSignedIn();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateApiBaseUrl(apiBaseUrl);
    if ('error' in checked) {
      setUrlError(checked.error);
      return;
    }
    setUrlError(null);
    if (!token.trim()) return;
    signIn.mutate({ token: token.trim(), apiBaseUrl: checked.url });
  };

  const error = signIn.error;
  const errorText = !error
    ? null
    : isApiError(error) && error.status === 401
      ? `The token was rejected: ${error.message}`
      : isApiError(error) && (error.code === 'network_error' || error.code === 'timeout')
        ? `${error.message}. Check the address, that the server is running and that it allows requests from this site (CORS).`
        : error.message;

  return (
    <form className="signin-form" onSubmit={submit} noValidate aria-describedby={errorText ? ids.error : undefined}>
      {session.expired && (
        <p className="notice notice--warn" role="status">
          Your session has expired or the token was rejected. Sign in again to continue where you were.
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.token}>API token</label>
        <div className="field__row">
          <input
            id={ids.token}
            name="token"
            type={showToken ? 'text' : 'password'}
            autoComplete="current-password"
            spellCheck={false}
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showToken}
            onClick={() => setShowToken((v) => !v)}
          >
            {showToken ? 'Hide token' : 'Show token'}
          </button>
        </div>
        {(import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true') && (
          <p className="hint">
            Demo: sign in with the token <code>demo-maintainer</code> (or <code>demo-viewer</code>, which cannot read file
            contents).
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.server}>API server</label>
        <div className="field__row">
          <input
            id={ids.server}
            name="apiBaseUrl"
            type="url"
            inputMode="url"
            spellCheck={false}
            value={apiBaseUrl}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? ids.urlError : undefined}
            onChange={(e) => setApiBaseUrl(e.target.value)}
          />
          <label className="sr-only" htmlFor={ids.routes}>
            File routes
          </label>
          <select id={ids.routes} value={fileRoutes} onChange={(e) => setFileRoutes(e.target.value as FileRouteStyle)}>
            <option value="query">Query routes (/actual?output_id=…)</option>
            <option value="path">Path routes (…/outputs/:id/actual)</option>
          </select>
        </div>
        {urlError ? (
          <p id={ids.urlError} className="field__error">
            {urlError}
          </p>
        ) : (
          <p className="hint">Default: {config.apiBaseUrl}</p>
        )}
      </div>
      <div className="field field--inline">
        <input id={ids.remember} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        <label htmlFor={ids.remember}>Remember me on this device</label>
      </div>
      {errorText && (
        <p id={ids.error} className="field__error" role="alert">
          {errorText}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={signIn.isPending || !token.trim()}>
        {signIn.isPending ? 'Checking the token…' : 'Sign in'}
      </button>
    </form>
  );
}

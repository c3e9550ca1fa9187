import './sign-in-form.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { validateApiBaseUrl, type FileRouteSetting } from '@/lib/config';
import { useSession } from '@/lib/session';
import { getMe } from '../api/get-me';
import { cleanToken } from '../lib/clean-token';
import { isServerProblem, signInErrorText } from '../lib/sign-in-error';
import { ApiServerField } from './api-server-field';
import { DemoTokensHint } from './demo-tokens-hint';
import { TokenInput } from './token-input';

type Props = { onSignedIn: () => void };

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'failed'; message: string; aboutServer: boolean };

// Folded at build time, so the production bundle does not name the demo tokens.
const SHOW_DEMO_TOKENS = import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true';

/** Checks the token with GET /auth/me before leaving the form; the token goes nowhere else. */
export function SignInForm({ onSignedIn }: Props) {
  const queryClient = useQueryClient();
  const expired = useSession((s) => s.expired);
  const [token, setToken] = useState('');
  // Starts from the last server used in this tab; what the user types stays when a check fails.
  const [apiBaseUrl, setApiBaseUrl] = useState(() => useSession.getState().apiBaseUrl);
  const [fileRoutes, setFileRoutes] = useState<FileRouteSetting>(() => useSession.getState().fileRoutes);
  const [remember, setRemember] = useState(false);
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const tokenRef = useRef<HTMLInputElement>(null);
  const serverRef = useRef<HTMLInputElement>(null);
  const pending = useRef<AbortController | null>(null);
  const ids = { token: useId(), tokenError: useId(), remember: useId(), rememberHint: useId(), failure: useId() };

  useEffect(() => () => pending.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (check.state === 'checking') return;
    const cleaned = cleanToken(token);
    const server = validateApiBaseUrl(apiBaseUrl);
    setTokenError('error' in cleaned ? cleaned.error : null);
    setUrlError('error' in server ? server.error : null);
    if ('error' in cleaned || 'error' in server) {
      ('error' in cleaned ? tokenRef : serverRef).current?.focus();
      return;
    }

    const controller = new AbortController();
    pending.current = controller;
    setCheck({ state: 'checking' });
    try {
      const me = await getMe({ token: cleaned.token, apiBaseUrl: server.url }, controller.signal);
      // Nothing fetched with another token may show up for this one.
      queryClient.removeQueries();
      useSession.getState().signIn({ token: cleaned.token, apiBaseUrl: server.url, fileRoutes, remember, me });
      onSignedIn();
    } catch (error) {
      if (controller.signal.aborted) return;
      const aboutServer = isServerProblem(error);
      setCheck({ state: 'failed', message: signInErrorText(error, server.url), aboutServer });
      (aboutServer ? serverRef : tokenRef).current?.focus();
    }
  };

  const failure = check.state === 'failed' ? check : null;
  // Editing the field a failure was about clears it: the message no longer describes what is typed.
  const editToken = (value: string) => {
    setToken(value);
    setTokenError(null);
    if (failure && !failure.aboutServer) setCheck({ state: 'idle' });
  };
  const editServer = (value: string) => {
    setApiBaseUrl(value);
    setUrlError(null);
    if (failure?.aboutServer) setCheck({ state: 'idle' });
  };
  const tokenDescription = [tokenError && ids.tokenError, failure && !failure.aboutServer && ids.failure].filter(Boolean).join(' ');

  return (
    // method="post": should the script ever not run, the browser must not put the token in the address bar.
    <form className="signin-form" method="post" onSubmit={(event) => void submit(event)} noValidate>
      {expired && (
        <p className="notice notice--warn" role="status">
          Your session has expired or the token was rejected. Sign in again to continue where you were.
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.token}>API token</label>
        <TokenInput
          ref={tokenRef}
          id={ids.token}
          value={token}
          onChange={editToken}
          invalid={!!tokenError || (!!failure && !failure.aboutServer)}
          describedBy={tokenDescription || undefined}
        />
        {tokenError && (
          <p id={ids.tokenError} className="field__error">
            {tokenError}
          </p>
        )}
        {SHOW_DEMO_TOKENS && <DemoTokensHint onUse={editToken} />}
      </div>
      <ApiServerField
        ref={serverRef}
        value={apiBaseUrl}
        onChange={editServer}
        fileRoutes={fileRoutes}
        onFileRoutesChange={setFileRoutes}
        error={urlError}
        failureId={failure?.aboutServer ? ids.failure : undefined}
      />
      <div className="field field--inline signin-remember">
        <input
          id={ids.remember}
          type="checkbox"
          checked={remember}
          aria-describedby={ids.rememberHint}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <label htmlFor={ids.remember}>Remember me on this device</label>
        <p id={ids.rememberHint} className="hint">
          Keeps you signed in after the browser closes. Leave it off on a shared computer.
        </p>
      </div>
      {failure && (
        <p id={ids.failure} className="field__error signin-failure" role="alert">
          {failure.message}
        </p>
      )}
      <div className="signin-actions">
        <button type="submit" className="button button--primary" disabled={check.state === 'checking'}>
          Sign in
        </button>
        {check.state === 'checking' && (
          <span className="muted" role="status">
            <span className="spinner" aria-hidden="true" /> Checking the token…
          </span>
        )}
      </div>
    </form>
  );
}

import './sign-in-form.css';
import { useId, type Ref } from 'react';
import { config, parseFileRouteSetting, type FileRouteSetting } from '@/lib/config';

type Props = {
  ref?: Ref<HTMLInputElement>;
  value: string;
  onChange: (value: string) => void;
  fileRoutes: FileRouteSetting;
  onFileRoutesChange: (style: FileRouteSetting) => void;
  /** Why the URL cannot be used, in words. */
  error: string | null;
  /** The form's failure message, when it is about the server rather than the token. */
  failureId?: string;
};

/** "API server" with, next to it, the file-route style of api.md: detected (default), query or path routes. */
export function ApiServerField({ ref, value, onChange, fileRoutes, onFileRoutesChange, error, failureId }: Props) {
  const ids = { server: useId(), routes: useId(), note: useId() };
  const describedBy = [ids.note, failureId].filter(Boolean).join(' ');
  return (
    <div className="signin-server">
      <div className="field">
        <label htmlFor={ids.server}>API server</label>
        <input
          ref={ref}
          id={ids.server}
          type="url"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="off"
          spellCheck={false}
          value={value}
          aria-invalid={!!error || !!failureId || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.routes}>File routes</label>
        <select id={ids.routes} value={fileRoutes} onChange={(event) => onFileRoutesChange(parseFileRouteSetting(event.target.value))}>
          <option value="auto">Detect automatically</option>
          <option value="query">Query routes</option>
          <option value="path">Path routes</option>
        </select>
      </div>
      {error ? (
        <p id={ids.note} className="field__error signin-server__note">
          {error}
        </p>
      ) : (
        <p id={ids.note} className="hint signin-server__note">
          File routes: detected from the server&apos;s first answer, or <em>query</em> (<code>/actual?output_id=…</code>, the published
          reference) or <em>path</em> (<code>…/outputs/:id/actual</code>, the platform&apos;s own server).{' '}
          {value.trim() !== config.apiBaseUrl && (
            <button type="button" className="link-button" onClick={() => onChange(config.apiBaseUrl)}>
              Use the default, {config.apiBaseUrl}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

import './legacy-link-box.css';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { toAppPath } from '@/lib/base-path';
import { explainLegacyInput, LINK_EXAMPLE } from '../explain-link';
import { legacyPath } from '../legacy-path';
import { parseLegacyLink } from '../parse-legacy-link';

/** A link to this viewer itself (pasted by habit): its in-app path, query and hash; null otherwise. */
function ownLink(input: string): string | null {
  try {
    const url = new URL(input.trim());
    return url.origin === window.location.origin ? toAppPath(`${url.pathname}${url.search}${url.hash}`) : null;
  } catch {
    return null;
  }
}

/**
 * "Open a sample-platform link": takes an old link (full URL or path) from a bug report or a pull-request comment
 * and opens the matching screen, through the same redirect as opening the old path on this app.
 */
export function LegacyLinkBox() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  return (
    <form
      className="legacy-link-box"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const link = parseLegacyLink(value);
        if (link) {
          setError(null);
          void navigate({ href: legacyPath(link) });
          return;
        }
        const own = ownLink(value);
        if (own) {
          setError(null);
          void navigate({ href: own });
          return;
        }
        setError(explainLegacyInput(value));
      }}
    >
      <label htmlFor={inputId} className="legacy-link-box__label">
        Open a sample-platform link
      </label>
      <div className="legacy-link-box__row">
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={LINK_EXAMPLE}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setValue(event.target.value);
            if (error) setError(null);
          }}
        />
        <button type="submit" className="button">
          Open link
        </button>
      </div>
      <p className="hint" id={hintId}>
        A run, diff, commit, master, release, sample or regression-test page of sampleplatform.ccextractor.org (full link or path).
      </p>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

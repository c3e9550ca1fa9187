import './scope-notice.css';
import { missingScopes, REQUIRED_SCOPES, type Me } from '@/lib/session';

const WHAT_FAILS: Record<string, string> = {
  [REQUIRED_SCOPES.results]:
    'This token cannot read file contents (results:read). Runs, samples and results are listed, but expected and actual files and diffs will be refused.',
  [REQUIRED_SCOPES.runs]: 'This token cannot read runs (runs:read). The runs list, samples and results will be refused.',
};

/** Says up front, from /auth/me's scopes, what this token will be refused, instead of letting screens fail one by one. */
export function ScopeNotice({ me }: { me: Me | null }) {
  const missing = missingScopes(me);
  if (missing.length === 0) return null;
  return (
    <div className="notice notice--warn scope-notice" role="status">
      {missing.map((scope) => (
        <p key={scope}>{WHAT_FAILS[scope]}</p>
      ))}
      <p>
        Ask a sample-platform admin for a token with{' '}
        {missing.map((scope, i) => (
          <span key={scope}>
            {i > 0 && ' and '}
            <code>{scope}</code>
          </span>
        ))}
        , then sign out and sign in with it.
      </p>
    </div>
  );
}

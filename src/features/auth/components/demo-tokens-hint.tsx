import './sign-in-form.css';
// Only in the demo build: the tokens its in-browser mock accepts. They unlock nothing real.
const DEMO_TOKENS = [
  { token: 'demo-maintainer', note: 'can read everything' },
  { token: 'demo-viewer', note: 'cannot read file contents' },
  { token: 'demo-admin', note: 'may also approve baselines, run again, cancel and read logs' },
  { token: 'demo-contributor', note: 'may run again and cancel, not approve' },
] as const;

export function DemoTokensHint({ onUse }: { onUse: (token: string) => void }) {
  return (
    <div className="hint signin-demo">
      <p>Demo: sign in with one of these tokens.</p>
      <ul className="signin-demo__tokens">
        {DEMO_TOKENS.map(({ token, note }) => (
          <li key={token}>
            <code>{token}</code> ({note}){' '}
            <button type="button" className="link-button" onClick={() => onUse(token)}>
              Use {token}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

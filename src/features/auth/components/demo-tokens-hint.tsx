import './sign-in-form.css';
// Only in the demo build: the tokens its in-browser mock accepts. They unlock nothing real.
const DEMO_TOKENS = [
  { token: 'demo-maintainer', note: 'can read everything' },
  { token: 'demo-viewer', note: 'cannot read file contents' },
] as const;

export function DemoTokensHint({ onUse }: { onUse: (token: string) => void }) {
  return (
    <p className="hint signin-demo">
      Demo: sign in with the token <code>{DEMO_TOKENS[0].token}</code> ({DEMO_TOKENS[0].note}) or <code>{DEMO_TOKENS[1].token}</code> (
      {DEMO_TOKENS[1].note}).{' '}
      <button type="button" className="link-button" onClick={() => onUse(DEMO_TOKENS[0].token)}>
        Use {DEMO_TOKENS[0].token}
      </button>
    </p>
  );
}

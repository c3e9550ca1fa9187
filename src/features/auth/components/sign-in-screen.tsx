import { useDocumentTitle } from '@/hooks/use-document-title';
import { publicAsset } from '@/lib/base-path';
import { SignInForm } from './sign-in-form';

type Props = {
  /** The in-app path the user goes to after signing in (a safe `?next=`). */
  target: string;
  onSignedIn: () => void;
};

/** `/signin`: what the viewer is, where signing in leads, and the form. */
export function SignInScreen({ target, onSignedIn }: Props) {
  useDocumentTitle('Sign in');
  return (
    <main id="main" className="signin-page">
      <div className="signin-card">
        <h1>
          <img src={publicAsset('favicon.svg')} alt="" width={28} height={28} /> CCExtractor results
        </h1>
        <p className="muted">Review the sample platform&apos;s regression tests: expected vs actual, output by output.</p>
        {target !== '/' && (
          <p className="hint signin-next">
            After signing in you go to <code className="break">{target}</code>
          </p>
        )}
        <SignInForm onSignedIn={onSignedIn} />
      </div>
    </main>
  );
}

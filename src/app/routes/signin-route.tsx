import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { safeNext } from '@/lib/safe-next';
import { publicAsset } from '@/lib/base-path';

const route = getRouteApi('/signin');

export function SignInRoute() {
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const target = safeNext(next);
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
        <SignInForm
          onSignedIn={() => {
            // `href` keeps the path, query and hash of a deep link exactly.
            void navigate({ href: target, replace: true });
          }}
        />
      </div>
    </main>
  );
}

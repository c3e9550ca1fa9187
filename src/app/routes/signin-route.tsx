import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { safeNext } from '@/lib/safe-next';

const route = getRouteApi('/signin');

export function SignInRoute() {
  const { next } = route.useSearch();
  const navigate = useNavigate();
  useDocumentTitle('Sign in');
  return (
    <main id="main" className="signin-page">
      <div className="signin-card">
        <h1>
          <img src="/favicon.svg" alt="" width={28} height={28} /> CCExtractor results
        </h1>
        <p className="muted">Review the sample platform's regression tests: expected vs actual, output by output.</p>
        <SignInForm
          onSignedIn={() => {
            // `href` keeps the path, query and hash of a deep link exactly.
            void navigate({ href: safeNext(next), replace: true });
          }}
        />
      </div>
    </main>
  );
}

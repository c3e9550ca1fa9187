import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { SignInScreen } from '@/features/auth/components/sign-in-screen';
import { safeNext } from '@/lib/safe-next';

const route = getRouteApi('/signin');

/** `/signin?next=…`: the sign-in screen, which goes on to `next` once signed in. */
export function SignInRoute() {
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const target = safeNext(next);
  // `href` keeps the path, query and hash of a deep link exactly.
  return <SignInScreen target={target} onSignedIn={() => void navigate({ href: target, replace: true })} />;
}

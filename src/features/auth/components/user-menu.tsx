import './user-menu.css';
import { lazy, Suspense } from 'react';
import type { Me } from '@/lib/session';

// Radix's tooltip and floating-ui are not part of the first download: the name shows at once, its tooltip a moment later.
const WhoTooltip = lazy(() => import('./who-tooltip').then((module) => ({ default: module.WhoTooltip })));

type Props = { me: Me | null; apiBaseUrl: string; onSignOut: () => void };

/** Who is signed in (name or email, and role); the token's scopes and the API server on hover or focus. */
export function UserMenu({ me, apiBaseUrl, onSignOut }: Props) {
  const who = me && (
    <span className="user-menu__who" tabIndex={0}>
      <span className="user-menu__name">{me.name || me.email}</span> <span className="user-menu__role">{me.role}</span>
    </span>
  );
  return (
    <div className="user-menu">
      {me && who && (
        <Suspense fallback={who}>
          <WhoTooltip me={me} apiBaseUrl={apiBaseUrl}>
            {who}
          </WhoTooltip>
        </Suspense>
      )}
      <button type="button" className="button button--quiet" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}

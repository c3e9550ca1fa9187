import { Tooltip } from 'radix-ui';
import type { Me } from '@/lib/session';

type Props = { me: Me | null; apiBaseUrl: string; onSignOut: () => void };

/** Who is signed in (name or email, and role); the token's scopes and the API server on hover or focus. */
export function UserMenu({ me, apiBaseUrl, onSignOut }: Props) {
  return (
    <div className="user-menu">
      {me && (
        <Tooltip.Root>
          <Tooltip.Trigger asChild>
            <span className="user-menu__who" tabIndex={0}>
              <span className="user-menu__name">{me.name || me.email}</span> <span className="user-menu__role">{me.role}</span>
            </span>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className="tooltip user-menu__tooltip" sideOffset={4} align="end">
              <span className="user-menu__tip-line">Scopes: {me.scopes.length ? me.scopes.join(', ') : 'none'}</span>
              {me.name && <span className="user-menu__tip-line">{me.email}</span>}
              <span className="user-menu__tip-line">API server: {apiBaseUrl}</span>
            </Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      )}
      <button type="button" className="button button--quiet" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}

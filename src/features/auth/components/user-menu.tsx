import { Tooltip } from 'radix-ui';
import type { Me } from '@/lib/session';

export function UserMenu({ me, onSignOut }: { me: Me | null; onSignOut: () => void }) {
  return (
    <div className="user-menu">
      {me && (
        <Tooltip.Root>
          <Tooltip.Trigger asChild>
            <span className="user-menu__who" tabIndex={0}>
              {me.name || me.email} <span className="muted">· {me.role}</span>
            </span>
          </Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content className="tooltip" sideOffset={4}>
              Scopes: {me.scopes.length ? me.scopes.join(', ') : 'none'}
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

import './user-menu.css';
import * as Tooltip from 'radix-ui/tooltip';
import type { ReactElement } from 'react';
import type { Me } from '@/lib/session';

type Props = { me: Me; apiBaseUrl: string; children: ReactElement };

/** The token's scopes and the API server, on hover or focus of who is signed in. */
export function WhoTooltip({ me, apiBaseUrl, children }: Props) {
  return (
    <Tooltip.Provider delayDuration={300}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className="tooltip user-menu__tooltip" sideOffset={4} align="end">
            <span className="user-menu__tip-line">Scopes: {me.scopes.length ? me.scopes.join(', ') : 'none'}</span>
            {me.name && <span className="user-menu__tip-line">{me.email}</span>}
            <span className="user-menu__tip-line">API server: {apiBaseUrl}</span>
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}

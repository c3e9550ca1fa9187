import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { UserMenu } from '@/features/auth/components/user-menu';
import { RateLimitMeter } from '@/components/rate-limit-meter';
import { config } from '@/lib/config';
import { useSession } from '@/lib/session';

export function AuthedLayout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useSession((s) => s.me);
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-title">
          <img src="/favicon.svg" alt="" width={22} height={22} />
          CCExtractor results
        </Link>
        {config.demo && <span className="badge badge--info">Demo data</span>}
        <span className="spacer" />
        <RateLimitMeter />
        <UserMenu
          me={me}
          onSignOut={() => {
            useSession.getState().signOut();
            queryClient.clear();
            void navigate({ to: '/signin', search: {} });
          }}
        />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

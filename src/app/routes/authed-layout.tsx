import { Link, Outlet } from '@tanstack/react-router';
import { useRefreshMe } from '@/features/auth/api/get-me';
import { ScopeNotice } from '@/features/auth/components/scope-notice';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useSignOut } from '@/features/auth/use-sign-out';
import { GlobalShortcuts } from '@/features/preferences/components/global-shortcuts';
import { KeyboardHelpButton } from '@/features/preferences/components/keyboard-help-button';
import { ThemeToggle } from '@/features/preferences/components/theme-toggle';
import { useHeadingFocus } from '@/features/preferences/hooks/use-heading-focus';
import { RateLimitMeter } from '@/components/rate-limit-meter';
import { config } from '@/lib/config';
import { useSession } from '@/lib/session';
import { publicAsset } from '@/lib/base-path';

export function AuthedLayout() {
  const me = useSession((s) => s.me);
  const apiBaseUrl = useSession((s) => s.apiBaseUrl);
  const signOut = useSignOut();
  useRefreshMe();
  useHeadingFocus('main');
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-title">
          <img src={publicAsset('favicon.svg')} alt="" width={22} height={22} />
          CCExtractor results
        </Link>
        {config.demo && <span className="badge badge--info">Demo data</span>}
        <span className="spacer" />
        <RateLimitMeter />
        <ThemeToggle />
        <KeyboardHelpButton />
        <UserMenu me={me} apiBaseUrl={apiBaseUrl} onSignOut={signOut} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ScopeNotice me={me} />
        <Outlet />
      </main>
      <GlobalShortcuts />
    </div>
  );
}

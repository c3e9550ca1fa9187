import './app.css';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { forgetCachedData } from '@/features/auth/lib/forget-cached-data';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { normalizeBase, toAppPath } from '@/lib/base-path';
import { createQueryClient } from '@/lib/query-client';
import { listenForSignOutInOtherTabs, useSession } from '@/lib/session';
import { useViewedOutputs } from '@/lib/viewed-outputs';
import { ToastProvider } from '@/components/toast';
import { createAppRouter, type AppRouter } from './router';

export function App() {
  const [{ queryClient, router }] = useState(() => {
    const client = createQueryClient();
    return { queryClient: client, router: createAppRouter(client) };
  });
  return <AppProviders queryClient={queryClient} router={router} />;
}

/** Everything the app runs inside; tests render it with a memory history. */
export function AppProviders({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  useEffect(() => {
    // Any 401 during a session: back to sign-in, then to exactly where the user was.
    setUnauthorizedHandler(() => {
      // Several requests fail together: the first one ends the session, the others find it ended.
      if (!useSession.getState().token) return;
      // The history's own location: the URL as the user sees it, hash included, even mid-navigation; without the
      // base a sub-path build is served under (`/viewer/runs/1` → `/runs/1`), as `next` is an in-app path.
      const here = toAppPath(router.history.location.href, normalizeBase(router.basepath));
      if (here.split(/[?#]/)[0] === '/signin') return;
      useSession.getState().expire();
      forgetCachedData(queryClient);
      // Again once the screens are gone: while unmounting they may re-create (empty) queries.
      void router.navigate({ to: '/signin', search: { next: here }, replace: true }).finally(() => forgetCachedData(queryClient));
    });
    const stop = listenForSignOutInOtherTabs(() => {
      useViewedOutputs.getState().forget();
      forgetCachedData(queryClient);
      void router.navigate({ to: '/signin', search: {} }).finally(() => forgetCachedData(queryClient));
    });
    return () => {
      stop();
      setUnauthorizedHandler(() => {});
    };
  }, [queryClient, router]);

  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}

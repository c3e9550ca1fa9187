import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { Tooltip } from 'radix-ui';
import { useEffect, useState } from 'react';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { listenForSignOutInOtherTabs, useSession } from '@/lib/session';
import { ToastProvider } from '@/components/toast';
import { createAppRouter } from './router';

export function App() {
  const [{ queryClient, router }] = useState(() => {
    const client = createQueryClient();
    return { queryClient: client, router: createAppRouter(client) };
  });

  useEffect(() => {
    // Any 401 during a session: back to sign-in, then to exactly where the user was.
    setUnauthorizedHandler(() => {
      const { location } = router.state;
      if (location.pathname === '/signin') return;
      useSession.getState().expire();
      queryClient.clear();
      void router.navigate({ to: '/signin', search: { next: location.href }, replace: true });
    });
    const stop = listenForSignOutInOtherTabs(() => {
      queryClient.clear();
      void router.navigate({ to: '/signin', search: {} });
    });
    return () => {
      stop();
      setUnauthorizedHandler(() => {});
    };
  }, [queryClient, router]);

  return (
    <QueryClientProvider client={queryClient}>
      <Tooltip.Provider delayDuration={300}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </Tooltip.Provider>
    </QueryClientProvider>
  );
}

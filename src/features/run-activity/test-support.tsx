// Renders a run-activity component the way a screen does: a QueryClient without retries and a router for links.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/mocks/node';
import { signInAs } from '@/testing/test-utils';

export function renderActivity(ui: ReactNode, token: string) {
  signInAs(token);
  // The app's own client (mutations never retried), without query retries so failures show at once.
  const queryClient: QueryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const rootRoute = createRootRoute({ component: () => <>{ui}</> });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: ['/'] }) });
  const user = userEvent.setup();
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, user, queryClient };
}

/** The requests the demo backend saw (method and path with query), from now on. */
export function watchRequests(): { list: string[]; stop: () => void } {
  const list: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    list.push(`${request.method} ${url.pathname.replace(/^\/api\/v1/, '')}${url.search}`);
  };
  server.events.on('request:start', listener);
  return { list, stop: () => server.events.removeListener('request:start', listener) };
}

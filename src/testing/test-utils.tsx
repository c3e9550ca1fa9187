// Renders the whole app at a URL against the msw/node demo backend, as a user would meet it.
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '@/app/app';
import { createAppRouter } from '@/app/router';
import type { FileRouteSetting } from '@/lib/config';
import { retryDelay, shouldRetry, showWaitsToNewObservers } from '@/lib/query-client';
import { useSession } from '@/lib/session';
import { DEMO_TOKENS, DEMO_MAINTAINER_TOKEN } from './mocks/tokens';
import { TEST_API_BASE_URL } from './mocks/node';

export function signInAs(token: string | null = DEMO_MAINTAINER_TOKEN, fileRoutes: FileRouteSetting = 'query') {
  useSession.setState({
    token,
    apiBaseUrl: TEST_API_BASE_URL,
    fileRoutes,
    remember: false,
    me: token ? (DEMO_TOKENS[token]?.user ?? null) : null,
    expired: false,
  });
}

/** Renders the app at `url`; signed in as the demo maintainer unless `token` says otherwise. */
type RenderOptions = {
  token?: string | null;
  fileRoutes?: FileRouteSetting;
  /** The app's own retries (429s after Retry-After, 5xx with backoff) instead of none. */
  retries?: boolean;
};

export function renderApp(url: string, { token = DEMO_MAINTAINER_TOKEN, fileRoutes, retries = false }: RenderOptions = {}) {
  signInAs(token, fileRoutes);
  const queryClient = showWaitsToNewObservers(
    new QueryClient({
      defaultOptions: {
        queries: { ...(retries ? { retry: shouldRetry, retryDelay } : { retry: false }), staleTime: Infinity, gcTime: Infinity },
      },
    }),
  );
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(queryClient, history);
  const user = userEvent.setup();
  const utils = render(<AppProviders queryClient={queryClient} router={router} />);
  return { ...utils, user, router, queryClient, history };
}

import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { runQueryOptions } from '@/features/runs/api/get-run';
import { runResultsQueryOptions } from '@/features/runs/api/get-run-results';
import { runSummaryQueryOptions } from '@/features/runs/api/get-run-summary';
import { runsQueryOptions } from '@/features/runs/api/get-runs';
import { parseRunSearch } from '@/features/runs/run-search';
import { parseRunsSearch } from '@/features/runs/runs-search';
import { parseOutputSearch } from '@/features/outputs/output-search';
import { sampleQueryOptions } from '@/features/samples/api/get-sample';
import { parseId } from '@/lib/parse-id';
import { useSession } from '@/lib/session';
import { AuthedLayout } from './routes/authed-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RootLayout } from './routes/root-layout';
import { RunRoute } from './routes/run-route';
import { RunsRoute } from './routes/runs-route';
import { SampleRoute } from './routes/sample-route';
import { SignInRoute } from './routes/signin-route';
import { runsFiltersFromSearch } from './routes/runs-filters';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundRoute,
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  validateSearch: (raw: Record<string, unknown>): { next?: string } => ({
    next: typeof raw.next === 'string' ? raw.next : undefined,
  }),
  component: SignInRoute,
});

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: ({ location }) => {
    if (!useSession.getState().token) {
      throw redirect({ to: '/signin', search: { next: location.href }, replace: true });
    }
  },
  component: AuthedLayout,
});

export const runsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  validateSearch: parseRunsSearch,
  loaderDeps: ({ search }) => runsFiltersFromSearch(search),
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchInfiniteQuery(runsQueryOptions(deps));
  },
  component: RunsRoute,
});

export const runRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId',
  validateSearch: parseRunSearch,
  loader: ({ context, params }) => {
    const runId = parseId(params.runId);
    if (runId === null) return;
    void context.queryClient.prefetchQuery(runQueryOptions(runId));
    void context.queryClient.prefetchQuery(runSummaryQueryOptions(runId));
    void context.queryClient.prefetchQuery(runResultsQueryOptions(runId));
  },
  component: RunRoute,
});

export const sampleRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId/samples/$sampleId',
  loader: ({ context, params }) => {
    const runId = parseId(params.runId);
    const sampleId = parseId(params.sampleId);
    if (runId === null || sampleId === null) return;
    void context.queryClient.prefetchQuery(runQueryOptions(runId));
    void context.queryClient.prefetchQuery(runResultsQueryOptions(runId));
    void context.queryClient.prefetchQuery(sampleQueryOptions(sampleId));
  },
  component: SampleRoute,
});

export const outputRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId',
  validateSearch: parseOutputSearch,
  loader: ({ context, params }) => {
    const runId = parseId(params.runId);
    if (runId === null) return;
    void context.queryClient.prefetchQuery(runQueryOptions(runId));
    void context.queryClient.prefetchQuery(runResultsQueryOptions(runId));
  },
  // The diff view and its dependencies load only on this route.
  component: lazyRouteComponent(() => import('./routes/output-route'), 'OutputRoute'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  authedRoute.addChildren([runsRoute, runRoute, sampleRoute, outputRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query decides freshness; the router only starts the fetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

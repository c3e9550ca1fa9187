import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  type RouterHistory,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { runQueryOptions } from '@/features/runs/api/get-run';
import { runResultQueryOptions } from '@/features/runs/api/get-run-result';
import { runResultsQueryOptions } from '@/features/runs/api/get-run-results';
import { runSummaryQueryOptions } from '@/features/runs/api/get-run-summary';
import { runsQueryOptions } from '@/features/runs/api/get-runs';
import { pullRequestRunsQueryOptions } from '@/features/runs/api/get-pull-request-runs';
import { validateRunSearch } from '@/features/runs/run-search';
import { readRunsSearch, validateRunsSearch } from '@/features/runs/runs-search';
import { outputQueries } from '@/features/outputs/api/output-queries';
import { readOutputSearch, serverContext, validateOutputSearch } from '@/features/outputs/output-search';
import { validateCueSearch } from '@/features/captions/lib/cue-filter';
import { regressionTestQueryOptions } from '@/features/samples/api/get-regression-test';
import { sampleQueryOptions } from '@/features/samples/api/get-sample';
import { sampleHistoryQueryOptions } from '@/features/samples/api/get-sample-history';
import { RouteErrorPanel } from '@/components/error-boundary';
import { routerBasepath } from '@/lib/base-path';
import { parseId } from '@/lib/parse-id';
import type { OutputRef } from '@/lib/query-keys';
import { safeNext } from '@/lib/safe-next';
import { useSession } from '@/lib/session';
import { AuthedLayout } from './routes/authed-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/signin-route';
import type { RouteCode } from './early-requests';
import { infiniteQuery, query, warm } from './routes/prefetch';
import { runsFiltersFromSearch } from '@/features/runs/runs-filters';

// Each screen's code loads with its route, so the entry chunk holds only the app's frame (docs/performance.md).
// The deep link's own is imported by src/boot.tsx before the router starts (the same module: loaded once).
export const screenModules = {
  runs: () => import('./routes/runs-route'),
  run: () => import('./routes/run-route'),
  sample: () => import('./routes/sample-route'),
  output: () => import('./routes/output-route'),
} satisfies Record<RouteCode, () => Promise<unknown>>;

const RunsRoute = lazyRouteComponent(screenModules.runs, 'RunsRoute');
const RunRoute = lazyRouteComponent(screenModules.run, 'RunRoute');
const SampleRoute = lazyRouteComponent(screenModules.sample, 'SampleRoute');
const LegacyRoute = lazyRouteComponent(() => import('./routes/legacy-route'), 'LegacyRoute');
const PullRequestRoute = lazyRouteComponent(() => import('./routes/pull-request-route'), 'PullRequestRoute');

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
  // Already signed in (a bookmarked /signin, the back button): go on to `next` before the form can flash.
  beforeLoad: ({ search }) => {
    if (useSession.getState().token) throw redirect({ href: safeNext(search.next), replace: true });
  },
  component: SignInRoute,
});

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  // Signed out: to the form, which brings the user back to this exact path, query and hash.
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
  validateSearch: validateRunsSearch,
  loaderDeps: ({ search }) => runsFiltersFromSearch(readRunsSearch(search).search),
  loader: ({ context, deps, preload }) => {
    warm({ queryClient: context.queryClient, preload }, [infiniteQuery(runsQueryOptions(deps))]);
  },
  component: RunsRoute,
});

export const runRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId',
  validateSearch: validateRunSearch,
  loader: ({ context, params, preload }) => {
    const runId = parseId(params.runId);
    if (runId === null) return;
    warm({ queryClient: context.queryClient, preload }, [
      query(runQueryOptions(runId)),
      query(runSummaryQueryOptions(runId)),
      query(runResultsQueryOptions(runId), 3),
    ]);
  },
  component: RunRoute,
});

export const sampleRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId/samples/$sampleId',
  loader: ({ context, params, preload }) => {
    const runId = parseId(params.runId);
    const sampleId = parseId(params.sampleId);
    if (runId === null || sampleId === null) return;
    // With the run's results cached (the usual way here, from the run screen), its regression tests are known too.
    const results = context.queryClient.getQueryData(runResultsQueryOptions(runId).queryKey);
    const regressionIds = results?.items.filter((r) => r.sample_id === sampleId).map((r) => r.regression_test_id) ?? [];
    warm({ queryClient: context.queryClient, preload }, [
      query(runQueryOptions(runId)),
      query(runResultsQueryOptions(runId), 3),
      query(sampleQueryOptions(sampleId)),
      infiniteQuery(sampleHistoryQueryOptions(sampleId)),
      ...regressionIds.map((id) => query(regressionTestQueryOptions(id))),
    ]);
  },
  component: SampleRoute,
});

/** The output a URL names, or null when one of its ids is bad (the screen says which). */
function outputRefOf(params: Record<'runId' | 'sampleId' | 'regressionId' | 'outputId', string>): OutputRef | null {
  const [runId, sampleId, regressionId, outputId] = [params.runId, params.sampleId, params.regressionId, params.outputId].map(parseId);
  if (runId == null || sampleId == null || regressionId == null || outputId == null) return null;
  return { runId, sampleId, regressionId, outputId };
}

export const outputRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId',
  validateSearch: (raw: Record<string, unknown>) => ({ ...validateOutputSearch(raw), ...validateCueSearch(raw) }),
  loaderDeps: ({ search }) => ({ context: serverContext(readOutputSearch(search).search.context ?? 3) }),
  loader: ({ context, params, deps, preload }) => {
    const ref = outputRefOf(params);
    if (!ref) return;
    // Opening an output asks for its diff and files while the screen's code loads, not after (~100 ms earlier);
    // a hover does not: the files can weigh 1 MiB each.
    const [diff, actual, expected] = outputQueries(ref, deps.context);
    const files = preload ? [] : [query(diff), query(actual), query(expected), query(regressionTestQueryOptions(ref.regressionId))];
    // Its own result, unless the run's results are in already: the heading needs it, not all of them (many pages in a
    // large run).
    const resultsIn = context.queryClient.getQueryData(runResultsQueryOptions(ref.runId).queryKey) !== undefined;
    const own = preload || resultsIn ? [] : [query(runResultQueryOptions(ref.runId, ref.regressionId))];
    warm({ queryClient: context.queryClient, preload }, [
      query(runQueryOptions(ref.runId)),
      query(runResultsQueryOptions(ref.runId), 3),
      ...own,
      ...files,
    ]);
  },
  // The diff view and its dependencies load only on this route.
  component: lazyRouteComponent(screenModules.output, 'OutputRoute'),
});

// One pull request's runs on both platforms, its newest commit compared with the base (issue 17). The look through
// the runs list (1 to 3 reads) starts while the screen's code loads.
export const pullRequestRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/pr/$number',
  loader: ({ context, params, preload }) => {
    const prNumber = parseId(params.number);
    if (prNumber === null) return;
    warm({ queryClient: context.queryClient, preload }, [infiniteQuery(pullRequestRunsQueryOptions(prNumber), 3)]);
  },
  component: PullRequestRoute,
});

// Old sample-platform paths (issue 9): they resolve through the API and replace themselves with the new screen.
const legacyTestRoute = createRoute({ getParentRoute: () => authedRoute, path: '/test/$', component: LegacyRoute });
const legacySampleRoute = createRoute({ getParentRoute: () => authedRoute, path: '/sample/$sampleRef', component: LegacyRoute });
const legacyRegressionRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/regression/test/$regressionTestId/view',
  component: LegacyRoute,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  authedRoute.addChildren([
    runsRoute,
    runRoute,
    sampleRoute,
    outputRoute,
    pullRequestRoute,
    legacyTestRoute,
    legacySampleRoute,
    legacyRegressionRoute,
  ]),
]);

/**
 * `basepath`: `/viewer` for a build made with `vite build --base=/viewer/` (tests pass their own): routes, links and
 * `next` stay in-app paths (`/runs/1`), the address bar shows `/viewer/runs/1`.
 */
export function createAppRouter(
  queryClient: QueryClient,
  history?: RouterHistory,
  { basepath = routerBasepath() }: { basepath?: string } = {},
) {
  return createRouter({
    routeTree,
    history,
    basepath,
    context: { queryClient },
    defaultPreload: 'intent',
    // A screen that throws while rendering shows a panel with "Reload" inside the layout, never a white page.
    defaultErrorComponent: RouteErrorPanel,
    // React Query decides freshness; the router only starts the fetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

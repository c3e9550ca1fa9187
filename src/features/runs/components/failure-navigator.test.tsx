import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider, useParams } from '@tanstack/react-router';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { scenarios } from '@/testing/mocks/scenarios';
import { signInAs } from '@/testing/test-utils';
import type { RunResults } from '../api/get-run-results';
import { FailureNavigator } from './failure-navigator';

const MAIN = scenarios.runs.mainFailing;
const OUTPUT_PATH = '/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId';

/** The navigator on a bare output route, as the output screen will hold it. */
function renderAt(url: string) {
  signInAs();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const rootRoute = createRootRoute({ component: Outlet });
  const outputRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: OUTPUT_PATH,
    validateSearch: (raw: Record<string, unknown>) => raw,
    component: function Output() {
      // Not strict: this test router is not the registered app router.
      const p = useParams({ strict: false });
      return (
        <main>
          <p>
            Output {p.outputId} of test {p.regressionId}
          </p>
          <FailureNavigator runId={Number(p.runId)} current={{ regressionId: Number(p.regressionId), outputId: Number(p.outputId) }} />
        </main>
      );
    },
  });
  const router = createRouter({ routeTree: rootRoute.addChildren([outputRoute]), history: createMemoryHistory({ initialEntries: [url] }) });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient, user: userEvent.setup() };
}

const path = (s: { runId: number; sampleId: number; regressionId: number; outputId: number }) =>
  `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;

/** An independent count: failing outputs, plus failing results (wrong exit code) whose files all look fine. */
function expectedTotal(items: RunSample[]): number {
  return items.reduce((sum, r) => {
    if (r.sample_id === null) return sum;
    const files = r.outputs.filter((o) => o.status === 'fail' || o.status === 'missing_output').length;
    const resultFails =
      r.status === 'fail' ||
      r.status === 'missing_output' ||
      (r.exit_code !== null && r.expected_rc !== null && r.exit_code !== r.expected_rc);
    return sum + (files > 0 ? files : resultFails && r.outputs.length > 0 ? 1 : 0);
  }, 0);
}

async function results(queryClient: QueryClient): Promise<RunSample[]> {
  let items: RunSample[] = [];
  await waitFor(
    () => {
      const data = queryClient.getQueryData<RunResults>(['runs', MAIN, 'results']);
      expect(data).toBeDefined();
      items = data?.items ?? [];
    },
    { timeout: 10_000 },
  );
  return items;
}

describe('FailureNavigator', () => {
  it('goes to the next and previous failing output across samples, keeping the view, with the position shown', async () => {
    const { router, queryClient, user } = renderAt(`${path(scenarios.differs)}?view=unified&context=10`);
    const total = expectedTotal(await results(queryClient));
    expect(total).toBeGreaterThan(30);
    const position = await screen.findByText(new RegExp(`^failure \\d+ of ${total}$`));
    const index = Number(/failure (\d+)/.exec(position.textContent ?? '')?.[1]);

    await user.click(screen.getByRole('link', { name: /Next failure/ }));
    expect(await screen.findByText(`failure ${index + 1} of ${total}`)).toBeInTheDocument();
    expect(router.state.location.pathname).not.toBe(path(scenarios.differs));
    expect(router.state.location.search).toEqual({ view: 'unified', context: 10 });

    await user.click(screen.getByRole('link', { name: /Previous failure/ }));
    expect(await screen.findByText(`failure ${index} of ${total}`)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path(scenarios.differs));
  });

  it('counts a result with a wrong exit code as a failure even when its file matched', async () => {
    renderAt(path(scenarios.exitCodeMismatch));
    expect(await screen.findByText(/^failure \d+ of \d+$/, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('from a matched output, offers the failure before it (failures come first, as on the run screen)', async () => {
    const { queryClient, router, user } = renderAt(path(scenarios.matched));
    const total = expectedTotal(await results(queryClient));
    expect(await screen.findByText(`not a failure · ${total} failures in this run`)).toBeInTheDocument();
    // Not "this is the last": this output is no failure at all.
    expect(screen.getByText('none after this')).toBeInTheDocument();
    expect(screen.queryByText(/this is the last/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Previous failure/ }));
    expect(await screen.findByText(`failure ${total} of ${total}`)).toBeInTheDocument();
    expect(router.state.location.pathname).not.toBe(path(scenarios.matched));
  });

  it('has no previous failure before the first one', async () => {
    const { user } = renderAt(path(scenarios.differs));
    await screen.findByText(/^failure \d+ of \d+$/, {}, { timeout: 10_000 });
    // Walk back to the start.
    for (let i = 0; i < 60 && screen.queryByRole('link', { name: /Previous failure/ }); i++) {
      await user.click(screen.getByRole('link', { name: /Previous failure/ }));
    }
    expect(await screen.findByText(/^failure 1 of \d+$/)).toBeInTheDocument();
    expect(screen.getByText(/this is the first/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Next failure/ })).toBeInTheDocument();
  });
});

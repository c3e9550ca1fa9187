import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { useReplaceSearch, type UrlChange } from './use-replace-search';

type Search = { view?: string; only?: string };

function renderAt(url: string, change: UrlChange<Search>) {
  const root = createRootRoute();
  const page = createRoute({
    getParentRoute: () => root,
    path: '/runs/$runId',
    validateSearch: (raw: Record<string, unknown>): Search => ({
      view: typeof raw.view === 'string' ? raw.view : undefined,
      only: typeof raw.only === 'string' ? raw.only : undefined,
    }),
    component: function Page() {
      const replaceUrl = useReplaceSearch<Search>();
      return (
        <button type="button" onClick={() => replaceUrl(change)}>
          change
        </button>
      );
    },
  });
  const history = createMemoryHistory({ initialEntries: ['/', url] });
  const router = createRouter({ routeTree: root.addChildren([page]), history });
  render(<RouterProvider router={router} />);
  return { router, history };
}

describe('useReplaceSearch', () => {
  it('merges the change into the search, keeps the hash and replaces the history entry', async () => {
    const { router, history } = renderAt('/runs/7?view=split&only=text#L3', { search: { view: 'unified' } });
    await userEvent.click(await screen.findByRole('button'));
    await waitFor(() => expect(router.state.location.search).toEqual({ view: 'unified', only: 'text' }));
    expect(router.state.location.pathname).toBe('/runs/7');
    expect(router.state.location.hash).toBe('L3');
    expect(history.length).toBe(2);
  });

  it('sets the hash and keeps the search; undefined removes a search param', async () => {
    const { router, history } = renderAt('/runs/7?view=split&only=text', { search: { only: undefined }, hash: 'C4' });
    await userEvent.click(await screen.findByRole('button'));
    await waitFor(() => expect(router.state.location.hash).toBe('C4'));
    expect(router.state.location.search).toEqual({ view: 'split' });
    expect(history.length).toBe(2);
  });
});

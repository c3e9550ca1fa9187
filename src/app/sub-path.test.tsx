// The app served under a sub-path (`vite build --base=/viewer/`): the address bar holds /viewer/…, while `next`
// and every route stay in-app paths, so a deep link survives sign-in and a 401 without gaining or losing the base.
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEMO_EXPIRED_TOKEN, DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import { signInAs } from '@/testing/test-utils';
import { AppProviders } from './app';
import { createAppRouter } from './router';

function renderUnder(url: string, token: string | null) {
  signInAs(token);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter(queryClient, history, { basepath: '/viewer' });
  const user = userEvent.setup();
  render(<AppProviders queryClient={queryClient} router={router} />);
  return { history, user };
}

const at = (href: string) => new URL(href, 'http://localhost');

describe('under /viewer/', () => {
  it('a signed-out deep link goes to /viewer/signin with the in-app path as next, and back after signing in', async () => {
    const { history, user } = renderUnder('/viewer/runs/9461?status=fail#R12', null);
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    expect(at(history.location.href).pathname).toBe('/viewer/signin');
    expect(at(history.location.href).searchParams.get('next')).toBe('/runs/9461?status=fail#R12');
    expect(screen.getByText('/runs/9461?status=fail#R12')).toBeInTheDocument();

    await user.type(screen.getByLabelText('API token'), DEMO_MAINTAINER_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(history.location.href).toBe('/viewer/runs/9461?status=fail#R12'));
    expect(await screen.findByRole('heading', { level: 1, name: /Run 9461/ })).toBeInTheDocument();
  });

  it('a 401 mid-session keeps the base out of next, and signing in lands exactly where the user was', async () => {
    const { history, user } = renderUnder('/viewer/runs/9461?status=fail#top', DEMO_EXPIRED_TOKEN);
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    await waitFor(() => expect(at(history.location.href).pathname).toBe('/viewer/signin'));
    expect(at(history.location.href).searchParams.get('next')).toBe('/runs/9461?status=fail#top');

    await user.type(screen.getByLabelText('API token'), DEMO_MAINTAINER_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(history.location.href).toBe('/viewer/runs/9461?status=fail#top'));
  });

  it('links carry the base; the root of the base is the runs list', async () => {
    const { history } = renderUnder('/viewer', DEMO_MAINTAINER_TOKEN);
    expect(await screen.findByRole('heading', { level: 1, name: 'Runs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CCExtractor results' })).toHaveAttribute('href', '/viewer/');
    const runLinks = screen
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => /\/runs\/\d+$/.test(href));
    expect(runLinks.length).toBeGreaterThan(0);
    expect(runLinks.every((href) => href.startsWith('/viewer/runs/'))).toBe(true);
    expect(history.location.pathname).toBe('/viewer');
  });
});

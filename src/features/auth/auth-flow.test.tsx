import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SIGN_OUT_KEY, useSession } from '@/lib/session';
import { useViewedOutputs } from '@/lib/viewed-outputs';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { DEMO_ADMIN_TOKEN, DEMO_EXPIRED_TOKEN, DEMO_MAINTAINER_TOKEN, DEMO_TOKENS, DEMO_VIEWER_TOKEN } from '@/testing/mocks/tokens';
import { renderApp } from '@/testing/test-utils';

const EXPIRED_MESSAGE = 'Your session has expired or the token was rejected';

describe('signed out', () => {
  it('sends a deep link to /signin?next=<path, query and hash>', async () => {
    const link = '/runs/9461?status=fail#R12';
    const { history } = renderApp(link, { token: null });
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    const url = new URL(history.location.href, 'http://localhost');
    expect(url.pathname).toBe('/signin');
    expect(url.searchParams.get('next')).toBe(link);
    expect(screen.queryByText(EXPIRED_MESSAGE, { exact: false })).not.toBeInTheDocument();
  });
});

describe('a 401 mid-session', () => {
  it('goes to sign-in with the reason, and back to exactly the same link after signing in', async () => {
    const link = '/runs/9461?status=fail#top';
    const { user, history, queryClient } = renderApp(link, { token: DEMO_EXPIRED_TOKEN });
    expect(await screen.findByText(EXPIRED_MESSAGE, { exact: false })).toBeInTheDocument();
    const url = new URL(history.location.href, 'http://localhost');
    expect(url.pathname).toBe('/signin');
    expect(url.searchParams.get('next')).toBe(link);
    expect(useSession.getState().token).toBeNull();
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.data !== undefined),
    ).toEqual([]);

    await user.type(screen.getByLabelText('API token'), DEMO_MAINTAINER_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(history.location.href).toBe(link));
    expect(await screen.findByRole('heading', { level: 1, name: /Run 9461/ })).toBeInTheDocument();
  });

  it('a token the server starts rejecting later ends the session too', async () => {
    const { history } = renderApp('/', { token: DEMO_MAINTAINER_TOKEN });
    expect(await screen.findByRole('heading', { level: 1, name: 'Runs' })).toBeInTheDocument();
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/:runId`, () =>
        HttpResponse.json({ code: 'unauthorized', message: 'Token revoked.', details: {} }, { status: 401 }),
      ),
    );
    act(() => void history.push('/runs/9461#L3'));
    expect(await screen.findByText(EXPIRED_MESSAGE, { exact: false })).toBeInTheDocument();
    expect(new URL(history.location.href, 'http://localhost').searchParams.get('next')).toBe('/runs/9461#L3');
  });
});

describe('header', () => {
  it('shows who is signed in and their role, and the scopes on hover', async () => {
    const { user } = renderApp('/', { token: DEMO_MAINTAINER_TOKEN });
    const who = await screen.findByText('Demo Maintainer');
    expect(within(who.parentElement as HTMLElement).getByText('contributor')).toBeInTheDocument();
    // The tooltip's code loads lazily: a hover on the placeholder name, before it has loaded, is lost when the loaded
    // trigger replaces it, as for a reader whose pointer rests there. Like that reader, move the pointer again.
    await waitFor(
      async () => {
        await user.unhover(screen.getByText('Demo Maintainer'));
        await user.hover(screen.getByText('Demo Maintainer'));
        expect(await screen.findAllByText('Scopes: runs:read, results:read', {}, { timeout: 1_000 })).not.toHaveLength(0);
      },
      { timeout: 20_000 },
    );
  });

  it('warns up front when the token cannot read file contents', async () => {
    renderApp('/', { token: DEMO_VIEWER_TOKEN });
    expect(await screen.findByText(/This token cannot read file contents \(results:read\)/)).toBeInTheDocument();
  });

  it('says nothing about scopes when the token has both', async () => {
    renderApp('/', { token: DEMO_ADMIN_TOKEN });
    await screen.findByRole('heading', { level: 1, name: 'Runs' });
    expect(screen.queryByText(/This token cannot read/)).not.toBeInTheDocument();
  });
});

describe('a remembered session', () => {
  it('asks /auth/me again when who it belongs to is old news, and shows what changed', async () => {
    // As read back from storage a day later; meanwhile an admin took results:read away from the token.
    useSession.setState({ restored: true, checkedAt: Date.now() - 24 * 3_600_000 });
    onTestFinished(() => useSession.setState({ restored: false, checkedAt: null }));
    const maintainer = DEMO_TOKENS[DEMO_MAINTAINER_TOKEN]?.user;
    server.use(http.get(`${TEST_API_BASE_URL}/auth/me`, () => HttpResponse.json({ ...maintainer, role: 'user', scopes: ['runs:read'] })));
    renderApp('/', { token: DEMO_MAINTAINER_TOKEN });
    expect(await screen.findByText(/This token cannot read file contents \(results:read\)/)).toBeInTheDocument();
    expect(useSession.getState().me?.role).toBe('user');
  });
});

describe('sign out', () => {
  it('forgets the token and every cached response, tells the other tabs, and returns to /signin', async () => {
    const { user, history, queryClient } = renderApp('/', { token: DEMO_MAINTAINER_TOKEN });
    sessionStorage.setItem('ccx-viewer.session', JSON.stringify({ token: DEMO_MAINTAINER_TOKEN, apiBaseUrl: TEST_API_BASE_URL }));
    await screen.findByRole('heading', { level: 1, name: 'Runs' });
    await waitFor(() =>
      expect(
        queryClient
          .getQueryCache()
          .getAll()
          .some((q) => q.state.data !== undefined),
      ).toBe(true),
    );
    act(() => useViewedOutputs.getState().markViewed({ runId: 9461, regressionId: 240, outputId: 1046 }));
    expect(sessionStorage.getItem('ccx-viewer.viewed')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    expect(history.location.pathname).toBe('/signin');
    expect(useSession.getState().token).toBeNull();
    expect(sessionStorage.getItem('ccx-viewer.session')).toBeNull();
    // The next person at this tab sees no "viewed" marks of the last one.
    expect(sessionStorage.getItem('ccx-viewer.viewed')).toBeNull();
    expect(useViewedOutputs.getState().viewed.size).toBe(0);
    expect(localStorage.getItem(SIGN_OUT_KEY)).not.toBeNull();
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(screen.queryByText(/session has expired/)).not.toBeInTheDocument();
  });

  it('signing out in another tab signs this one out', async () => {
    const { history, queryClient } = renderApp('/runs/9461', { token: DEMO_MAINTAINER_TOKEN });
    await screen.findByRole('heading', { level: 1, name: /Run 9461/ });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SIGN_OUT_KEY, newValue: String(Date.now()) }));
    });
    expect(await screen.findByLabelText('API token')).toBeInTheDocument();
    expect(history.location.pathname).toBe('/signin');
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});

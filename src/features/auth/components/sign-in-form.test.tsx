import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useSession } from '@/lib/session';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { DEMO_EXPIRED_TOKEN, DEMO_MAINTAINER_TOKEN } from '@/testing/mocks/tokens';
import { renderApp } from '@/testing/test-utils';

const DEEP_LINK = '/runs/9461/samples/31/regressions/240/outputs/1047?view=unified&context=5#R12';
const signInUrl = (next: string) => `/signin?next=${encodeURIComponent(next)}`;

async function submitToken(user: ReturnType<typeof renderApp>['user'], token: string) {
  await user.type(screen.getByLabelText('API token'), token);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in form', () => {
  it('has the fields of ui.md, the token field focused and the API server prefilled', async () => {
    renderApp(signInUrl('/runs/9461'), { token: null });
    const token = await screen.findByLabelText('API token');
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveFocus();
    expect(screen.getByLabelText('API server')).toHaveValue(TEST_API_BASE_URL);
    expect(screen.getByLabelText('File routes')).toHaveValue('query');
    expect(screen.getByLabelText('Remember me on this device')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(screen.getByText('/runs/9461')).toBeInTheDocument();
    expect(document.title).toContain('Sign in');
  });

  it('shows and hides the token', async () => {
    const { user } = renderApp('/signin', { token: null });
    const token = await screen.findByLabelText('API token');
    await user.type(token, 'abc');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(token).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(token).toHaveAttribute('type', 'password');
  });

  it("shows the server's 401 message on the form and stays there", async () => {
    const { user, router } = renderApp(signInUrl('/runs/9461'), { token: null });
    await screen.findByLabelText('API token');
    await submitToken(user, DEMO_EXPIRED_TOKEN);
    expect(await screen.findByRole('alert')).toHaveTextContent('The token was rejected: The token is missing, expired or invalid.');
    expect(router.state.location.pathname).toBe('/signin');
    expect(screen.getByLabelText('API token')).toHaveFocus();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('says an unreachable server could not be reached, naming its URL, and keeps what was typed', async () => {
    const elsewhere = 'https://platform.invalid/api/v1';
    server.use(http.get(`${elsewhere}/auth/me`, () => HttpResponse.error()));
    const { user } = renderApp('/signin', { token: null });
    const serverField = await screen.findByLabelText('API server');
    await user.clear(serverField);
    await user.type(serverField, `${elsewhere}/`);
    await submitToken(user, DEMO_MAINTAINER_TOKEN);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Could not reach the API server at ${elsewhere}`);
    expect(alert).not.toHaveTextContent(/rejected/);
    expect(alert).not.toHaveTextContent(DEMO_MAINTAINER_TOKEN);
    expect(serverField).toHaveValue(`${elsewhere}/`);
    expect(serverField).toHaveFocus();
  });

  it('asks for an http(s) URL before sending anything', async () => {
    let requests = 0;
    const count = () => void requests++;
    server.events.on('request:start', count);
    onTestFinished(() => server.events.removeListener('request:start', count));
    const { user } = renderApp('/signin', { token: null });
    const serverField = await screen.findByLabelText('API server');
    await user.clear(serverField);
    await user.type(serverField, 'ftp://platform.example/api/v1');
    await submitToken(user, DEMO_MAINTAINER_TOKEN);
    expect(await screen.findByText('The API server must be a full http:// or https:// URL')).toBeInTheDocument();
    expect(serverField).toHaveAttribute('aria-invalid', 'true');
    expect(serverField).toHaveFocus();
    expect(requests).toBe(0);
  });

  it('asks for a token instead of sending an empty one', async () => {
    const { user } = renderApp('/signin', { token: null });
    await screen.findByLabelText('API token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your API token.')).toBeInTheDocument();
  });

  it('signs in and lands on exactly the deep link of `next`, hash included', async () => {
    const { user, router, history } = renderApp(signInUrl(DEEP_LINK), { token: null });
    await screen.findByLabelText('API token');
    await submitToken(user, ` Bearer ${DEMO_MAINTAINER_TOKEN}\n`);
    await waitFor(() => expect(history.location.href).toBe(DEEP_LINK));
    expect(router.state.location.hash).toBe('R12');
    expect(sessionStorage.getItem('ccx-viewer.session')).toContain(DEMO_MAINTAINER_TOKEN);
    expect(localStorage.getItem('ccx-viewer.session')).toBeNull();
  });

  it('with "Remember me on this device" keeps the token in localStorage, not sessionStorage', async () => {
    const { user, history } = renderApp('/signin', { token: null });
    await screen.findByLabelText('API token');
    await user.click(screen.getByLabelText('Remember me on this device'));
    await submitToken(user, DEMO_MAINTAINER_TOKEN);
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(localStorage.getItem('ccx-viewer.session')).toContain(DEMO_MAINTAINER_TOKEN);
    expect(sessionStorage.getItem('ccx-viewer.session')).toBeNull();
  });

  it('keeps the chosen file-route style and API server for the session', async () => {
    const { user, history } = renderApp('/signin', { token: null });
    await user.selectOptions(await screen.findByLabelText('File routes'), 'Path routes');
    await user.clear(screen.getByLabelText('API server'));
    await user.type(screen.getByLabelText('API server'), `${TEST_API_BASE_URL}/`);
    await submitToken(user, DEMO_MAINTAINER_TOKEN);
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(useSession.getState()).toMatchObject({ fileRoutes: 'path', apiBaseUrl: TEST_API_BASE_URL });
  });

  it.each(['//evil.example/runs', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '%2F%2Fevil.example'])(
    'goes to / instead of the foreign `next` %s',
    async (next) => {
      const { user, history } = renderApp(signInUrl(next), { token: null });
      await screen.findByLabelText('API token');
      await submitToken(user, DEMO_MAINTAINER_TOKEN);
      await waitFor(() => expect(history.location.href).toBe('/'));
    },
  );

  it('sends a signed-in user opening /signin straight on to `next`, without showing the form', async () => {
    const { history } = renderApp(signInUrl('/runs/9461#top'), { token: DEMO_MAINTAINER_TOKEN });
    await waitFor(() => expect(history.location.href).toBe('/runs/9461#top'));
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
  });
});

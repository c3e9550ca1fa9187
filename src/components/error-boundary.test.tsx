import { createMemoryHistory, createRootRoute, createRoute, createRouter, Link, Outlet, RouterProvider } from '@tanstack/react-router';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '@/lib/session';
import { ErrorBoundary, errorMessageOf, RouteErrorPanel } from './error-boundary';

function Boom({ message = 'Cannot read properties of undefined (reading "hunks")' }: { message?: string }): never {
  throw new Error(message);
}

afterEach(() => {
  useSession.setState({ token: null });
});

function quietly<T>(run: () => T): T {
  // React reports caught render errors on the console; the tests expect them.
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return run();
  } finally {
    spy.mockRestore();
  }
}

describe('ErrorBoundary', () => {
  it('shows a panel with the message as text and Reload instead of the broken part', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    quietly(() =>
      render(
        <div>
          <p>Header still here</p>
          <ErrorBoundary what="the diff">
            <Boom message={'<img src=x onerror=alert(1)> \u202Eboom'} />
          </ErrorBoundary>
        </div>,
      ),
    );
    expect(screen.getByText('Header still here')).toBeInTheDocument();
    const panel = screen.getByRole('alert', { name: 'Could not show the diff' });
    expect(panel.querySelector('img')).toBeNull();
    expect(panel).toHaveTextContent('<img src=x onerror=alert(1)> <U+202E>boom');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it('tries again when its reset keys change or on "Try again"', async () => {
    function Harness() {
      const [outputId, setOutputId] = useState(1);
      return (
        <>
          <button type="button" onClick={() => setOutputId(2)}>
            next output
          </button>
          <ErrorBoundary what="the diff" resetKeys={[outputId]}>
            {outputId === 1 ? <Boom /> : <p>diff of output 2</p>}
          </ErrorBoundary>
        </>
      );
    }
    quietly(() => render(<Harness />));
    expect(screen.getByRole('alert')).toHaveTextContent('reading "hunks"');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'next output' }));
    expect(screen.getByText('diff of output 2')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('never shows the session token', () => {
    useSession.setState({ token: 's3cret-token-value' });
    expect(errorMessageOf(new Error('GET failed with Authorization: Bearer s3cret-token-value'))).toBe(
      'GET failed with Authorization: Bearer [token]',
    );
    expect(errorMessageOf(new Error('token=s3cret-token-value in a URL'))).toBe('token=[token] in a URL');
    expect(errorMessageOf('plain')).toBe('plain');
    expect(errorMessageOf({})).toBe('Unknown error');
  });
});

describe('RouteErrorPanel as the router default', () => {
  it('replaces only the broken route, inside the layout, and recovers on navigation', async () => {
    const rootRoute = createRootRoute({
      component: () => (
        <>
          <nav>
            <Link to="/">Home</Link>
          </nav>
          <Outlet />
        </>
      ),
    });
    const home = createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => <p>Home screen</p> });
    const broken = createRoute({ getParentRoute: () => rootRoute, path: '/broken', component: () => <Boom message="renderer crashed" /> });
    const router = createRouter({
      routeTree: rootRoute.addChildren([home, broken]),
      history: createMemoryHistory({ initialEntries: ['/broken'] }),
      defaultErrorComponent: RouteErrorPanel,
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('alert', { name: 'Could not show this screen' })).toHaveTextContent('renderer crashed');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await act(() => router.navigate({ to: '/' }));
    expect(await screen.findByText('Home screen')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    spy.mockRestore();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { duplicates, recordRequests, settled, SLOW } from './route-test-helpers';

/** The row of a commit, found by its pull request or branch text. */
async function commitRow(text: string | RegExp) {
  // The newest first: PR #1724 was tested at earlier pushes too.
  const [cell] = await screen.findAllByRole('rowheader', { name: text }, SLOW);
  const row = cell?.closest('tr');
  if (!row) throw new Error('no row');
  return row;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('runs screen', () => {
  it('lists commits newest first with their linux and windows runs side by side', async () => {
    renderApp('/');
    const table = await screen.findByRole('table', {}, SLOW);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Commit', 'Created', 'linux', 'windows']);
    const rows = within(table).getAllByRole('row').slice(1);
    // The newest commit (PR #1731) is running on linux and queued on windows.
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Run 9471' })).toBeInTheDocument();
    const [, linux, windows] = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(within(linux as HTMLElement).getByText('running')).toBeInTheDocument();
    expect(within(linux as HTMLElement).getByText('still running')).toBeInTheDocument();
    expect(within(windows as HTMLElement).getByText('queued', { selector: '.badge' })).toBeInTheDocument();
    expect(within(windows as HTMLElement).getByText('waiting for a test machine')).toBeInTheDocument();

    // "linux fail, windows pass" for PR #1724, in the right columns.
    const pr = await commitRow(/PR #1724/);
    const cells = within(pr).getAllByRole('cell');
    expect(within(cells[1] as HTMLElement).getByRole('link', { name: `Run ${scenarios.runs.mainFailing}` })).toBeInTheDocument();
    expect(within(cells[1] as HTMLElement).getByText('fail')).toBeInTheDocument();
    expect(within(cells[2] as HTMLElement).getByRole('link', { name: `Run ${scenarios.runs.windowsPass}` })).toBeInTheDocument();
    expect(within(cells[2] as HTMLElement).getByText('pass')).toBeInTheDocument();
    expect(within(pr).getAllByText(/^took /)).toHaveLength(2);
    expect(document.title).toBe('Runs — CCExtractor results');
    expect(screen.getByRole('heading', { level: 1, name: 'Runs' })).toHaveFocus();
  });

  it('links pull requests, commits and forks to GitHub', async () => {
    renderApp('/');
    const pr = await commitRow(/PR #1724/);
    expect(within(pr).getByRole('link', { name: 'PR #1724' })).toHaveAttribute(
      'href',
      'https://github.com/CCExtractor/ccextractor/pull/1724',
    );
    const sha = within(pr).getByRole('link', { name: /^[0-9a-f]{7}$/ });
    expect(sha.getAttribute('href')).toMatch(/^https:\/\/github\.com\/CCExtractor\/ccextractor\/commit\/[0-9a-f]{40}$/);
    const fork = await commitRow(/improve-teletext-g0/);
    expect(within(fork).getByText(/fork/)).toBeInTheDocument();
    expect(within(fork).getByRole('link', { name: 'x15sr71/ccextractor' })).toHaveAttribute(
      'href',
      'https://github.com/x15sr71/ccextractor',
    );
    const master = await commitRow(/master/);
    expect(within(master).queryByText(/fork/)).not.toBeInTheDocument();
  });

  it('keeps filters in the URL and sends them to the API', async () => {
    const requests = recordRequests();
    const { user, router } = renderApp('/');
    await screen.findByRole('table', {}, SLOW);
    await user.selectOptions(screen.getByLabelText('Status'), 'fail');
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'fail' }));
    await user.selectOptions(screen.getByLabelText('Platform'), 'linux');
    await user.type(screen.getByLabelText('Branch'), 'master{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'fail', platform: 'linux', branch: 'master' }));
    await waitFor(() => expect(requests).toContain('/runs?limit=50&offset=0&status=fail&platform=linux&branch=master'));
    // Only the chosen platform has a column; every run shown fails.
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Commit', 'Created', 'linux']);
    await waitFor(() => expect(within(table).queryByText('pass')).not.toBeInTheDocument());
    expect(document.title).toBe('Runs · fail · linux · master — CCExtractor results');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it('finds a commit by its full SHA or a CCExtractor version, and says when the box holds neither', async () => {
    const requests = recordRequests();
    const { user, router } = renderApp('/?q=0.94');
    await screen.findByRole('table', {}, SLOW);
    expect(requests).toContain('/runs?limit=50&offset=0&ccx_version=0.94');
    const box = screen.getByLabelText('Commit SHA or CCExtractor version');
    expect(box).toHaveValue('0.94');
    await user.clear(box);
    await user.type(box, '521faa3{Enter}');
    expect(await screen.findByText('Enter a full 40-character commit SHA or a version such as 0.94.')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ q: '0.94' });
  });

  it('says when the SHA-or-version box of a link holds neither', async () => {
    renderApp('/?q=521faa3');
    const notice = await screen.findByText(/is neither a full 40-character commit SHA nor a CCExtractor version/, {}, SLOW);
    expect(notice).toHaveTextContent('“521faa3” is neither');
  });

  it('loads more runs on request and says how many there are', async () => {
    const requests = recordRequests();
    const { user } = renderApp('/');
    expect(await screen.findByText(/Showing 50 of 74 runs/, {}, SLOW)).toBeInTheDocument();
    const before = new Set(screen.getAllByRole('link', { name: /^Run \d+$/ }).map((link) => link.textContent));
    screen.getByRole('button', { name: 'Load more' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Showing 74 of 74 runs/)).toBeInTheDocument();
    // Focus goes on to the first run loaded, not to the page.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^Run \d+$/));
    expect(before.has(document.activeElement?.textContent ?? '')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Run ${scenarios.runs.oldest}` })).toBeInTheDocument();
    expect(requests.filter((r) => r.startsWith('/runs?'))).toEqual(['/runs?limit=50&offset=0', '/runs?limit=50&offset=50']);
  });

  it('says when no run matches, and when a link has a parameter it does not understand', async () => {
    renderApp('/?branch=no-such-branch&status=bogus');
    expect(await screen.findByText('No run matches these filters.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/does not understand/)).toHaveTextContent('status=bogus');
  });

  it('shows a failure with Retry, and the list once it works', async () => {
    server.use(
      http.get(
        `${TEST_API_BASE_URL}/runs`,
        () => HttpResponse.json({ code: 'internal_error', message: 'The database is down.', details: {} }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Could not load the runs' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('The database is down.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', {}, SLOW)).toBeInTheDocument();
  });

  it('refreshes itself every 15 s while a run is queued or running, and not otherwise', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const requests = recordRequests();
    const { queryClient, unmount } = renderApp('/');
    await screen.findByText(/refresh every 15 s while this tab is visible/, {}, SLOW);
    await settled(queryClient);
    const before = requests.filter((r) => r.startsWith('/runs?')).length;
    vi.advanceTimersByTime(15_000);
    // Back to real timers, or Testing Library's waitFor (which polls with setInterval) would only wake on DOM changes.
    vi.useRealTimers();
    await waitFor(() => expect(requests.filter((r) => r.startsWith('/runs?')).length).toBe(before + 1));

    // Finished runs only: no refresh.
    unmount();
    renderApp('/?status=pass');
    await screen.findAllByText(/^took /, {}, SLOW);
    expect(screen.queryByText(/refresh every 15 s/)).not.toBeInTheDocument();
  });

  it('sends each request once', async () => {
    const requests = recordRequests();
    const { queryClient } = renderApp('/');
    await screen.findByRole('table', {}, SLOW);
    await settled(queryClient);
    expect(requests).toEqual(['/runs?limit=50&offset=0']);
    expect(duplicates(requests)).toEqual([]);
  });
});

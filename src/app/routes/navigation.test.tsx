import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { resetPreloadBudget } from './prefetch';
import { duplicates, recordRequests, settled, SLOW } from './route-test-helpers';

vi.setConfig({ testTimeout: 40_000 });

const MAIN = scenarios.runs.mainFailing;
const KTVU = scenarios.exitCodeMismatch.sampleId;

describe('navigating runs → run → sample → output', () => {
  it('moves focus to each screen’s heading, keeps one request per resource, and restores screens on back/forward', async () => {
    const requests = recordRequests();
    const { user, router, queryClient } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: `Run ${MAIN}` }, SLOW));
    const runHeading = await screen.findByRole('heading', { level: 1, name: new RegExp(`^Run ${MAIN}`) }, SLOW);
    await waitFor(() => expect(runHeading).toHaveFocus());

    await user.click(await screen.findByRole('link', { name: 'KTVU_options_2013-04-01.ts' }, SLOW));
    const sampleHeading = await screen.findByRole('heading', { level: 1, name: /KTVU_options_2013-04-01\.ts/ }, SLOW);
    await waitFor(() => expect(sampleHeading).toHaveFocus());
    expect(router.state.location.pathname).toBe(`/runs/${MAIN}/samples/${KTVU}`);

    await screen.findByRole('article', { name: `Regression test ${scenarios.exitCodeMismatch.regressionId}` });
    const outputLink = screen.getAllByRole('link', { name: /\.srt$/ })[0];
    if (!outputLink) throw new Error('no output link');
    const target = outputLink.getAttribute('href');
    await user.click(outputLink);
    await waitFor(() => expect(router.state.location.pathname).toBe(target));

    await act(() => router.history.back());
    expect(await screen.findByRole('heading', { level: 1, name: /KTVU_options_2013-04-01\.ts/ }, SLOW)).toBeInTheDocument();
    await act(() => router.history.back());
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(`^Run ${MAIN}`) })).toBeInTheDocument();
    await act(() => router.history.forward());
    expect(await screen.findByRole('heading', { level: 1, name: /KTVU_options_2013-04-01\.ts/ })).toBeInTheDocument();

    await settled(queryClient);
    // The run and its results were loaded on the run screen; the sample and output screens reuse them.
    const ours = requests.filter((r) => !r.includes('/actual') && !r.includes('/expected') && !r.includes('/diff'));
    expect(duplicates(ours)).toEqual([]);
    expect(ours.filter((r) => r === `/runs/${MAIN}`)).toHaveLength(1);
  });

  it('prefetches a run when its link is hovered, so opening it asks only for its base run', async () => {
    resetPreloadBudget();
    const requests = recordRequests();
    const { user, queryClient } = renderApp('/');
    const link = await screen.findByRole('link', { name: `Run ${scenarios.runs.masterPass.linux}` }, SLOW);
    await settled(queryClient);
    const before = requests.length;
    await user.hover(link);
    await waitFor(() => expect(requests.slice(before)).toContain(`/runs/${scenarios.runs.masterPass.linux}/summary`), SLOW);
    await settled(queryClient);
    const afterHover = requests.length;
    await user.click(link);
    // A passing run: no failing sample to list.
    await screen.findByText(/No sample matches these filters: nothing failed/, {}, SLOW);
    await settled(queryClient);
    // Opened, the run is compared with its base run (found from the run's facts, so not on hover): that lookup and
    // the base run's results come now; nothing the hover loaded is asked again.
    const base = scenarios.runs.masterBase.linux;
    const opened = requests.slice(afterHover);
    expect(opened).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/runs\?.*branch=master/),
        `/runs/${base}/samples?limit=100&offset=0`,
        `/runs/${base}/samples?limit=100&offset=100`,
        `/runs/${base}/samples?limit=100&offset=200`,
      ]),
    );
    expect(opened.filter((url) => url === `/runs/${scenarios.runs.masterPass.linux}` || url.includes('/summary'))).toEqual([]);
    expect(duplicates(requests)).toEqual([]);
  });

  it('reloading a deep link shows the same screen and filters', async () => {
    const url = `/runs/${MAIN}?status=all&category=Teletext&q=zdf`;
    const first = renderApp(url);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    first.unmount();
    // A fresh app (new cache, new router) at the same URL: a reload, or a colleague opening the link.
    const second = renderApp(url);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    expect(screen.getAllByRole('row').map((r) => r.textContent)).toEqual(rows);
    expect(second.router.state.location.search).toEqual({ status: 'all', category: 'Teletext', q: 'zdf' });
    expect(screen.getByLabelText('Sample name')).toHaveValue('zdf');
  });
});

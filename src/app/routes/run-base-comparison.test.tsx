import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { recordRequests, settled, SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;
const BASE = scenarios.runs.masterBase.linux;

const comparison = () => screen.getByRole('region', { name: 'Compared with the base run' });
const rows = () =>
  within(screen.getByRole('table', { name: 'Samples of this run' }))
    .getAllByRole('row')
    .slice(1);
const count = (name: RegExp) => within(comparison()).getByRole('button', { name });

describe('a run compared with its base run', () => {
  it('finds the newest finished master run before it with one request, and counts every class', async () => {
    const requests = recordRequests();
    const { queryClient } = renderApp(`/runs/${MAIN}`);
    const link = await within(await screen.findByRole('region', { name: 'Compared with the base run' }, SLOW)).findByRole(
      'link',
      { name: `run ${BASE}` },
      SLOW,
    );
    expect(link).toHaveAttribute('href', `/runs/${BASE}`);
    expect(comparison()).toHaveTextContent(/Compared with run 9459 \(master, linux, .+ago\)/);
    await waitFor(() => expect(count(/new failures/)).toHaveTextContent('51 new failures'), SLOW);
    expect(count(/already failing/)).toHaveTextContent('7 already failing');
    expect(count(/not in base/)).toHaveTextContent('1 not in base');
    expect(count(/fixed/)).toHaveTextContent('3 fixed');
    await settled(queryClient);
    const lookups = requests.filter((url) => url.startsWith('/runs?'));
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toMatch(/branch=master/);
    expect(lookups[0]).toMatch(/platform=linux/);
    expect(lookups[0]).toMatch(/created_before=/);
  });

  it('puts new failures first, each row with its word, and filters by class in the URL', async () => {
    const { user, router } = renderApp(`/runs/${MAIN}`);
    await waitFor(() => expect(count(/new failures/)).toHaveTextContent('51'), SLOW);
    // A row's first word is its leading class: every row with a new failure comes before the others.
    const words = () => rows().map((row) => row.querySelector('.base-word')?.textContent);
    expect(words()[0]).toBe('new failure');
    expect(words().lastIndexOf('new failure')).toBeLessThan(words().indexOf('already failing'));

    await user.click(count(/already failing/));
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'already' }));
    expect(count(/already failing/)).toHaveAttribute('aria-pressed', 'true');
    // Each row shown has an already-failing result (a sample may have a new failure too: both words show).
    for (const row of rows()) expect(within(row).getByText('already failing')).toBeInTheDocument();
    // The flaky test among them says so, with what shows it.
    const flaky = await screen.findByText('flaky', { exact: false, selector: '.badge' }, SLOW);
    expect(flaky).toHaveAttribute(
      'title',
      expect.stringMatching(/^Flaky: flipped between pass and fail \d+ times .*failed in runs .*9445.*9459/),
    );
  });

  it('compares with the run ?base= names, or with none', async () => {
    renderApp(`/runs/${MAIN}?base=${scenarios.runs.masterPass.linux}`);
    await waitFor(() => expect(comparison()).toHaveTextContent(`Compared with run ${scenarios.runs.masterPass.linux}`), SLOW);
    expect(comparison()).toHaveTextContent('chosen in this link');
    expect(screen.getByRole('button', { name: 'Compare with the default base run' })).toBeInTheDocument();
  });

  it('says when there is no base run, or none is wanted, and shows the run as before', async () => {
    renderApp(`/runs/${scenarios.runs.oldest}`);
    await within(await screen.findByRole('region', { name: 'Compared with the base run' }, SLOW)).findByText(
      /No base run found: no finished run on master for this platform before run 9401/,
      {},
      SLOW,
    );
    expect(within(comparison()).queryByRole('button', { name: /new failures/ })).toBeNull();
  });

  it('turns the comparison off with ?base=none and names a bad base', async () => {
    const off = renderApp(`/runs/${MAIN}?base=none`);
    await within(await screen.findByRole('region', { name: 'Compared with the base run' }, SLOW)).findByText(
      /Not compared with a base run/,
    );
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    expect(rows()[0]?.querySelector('.base-word')).toBeNull();
    off.unmount();

    renderApp(`/runs/${MAIN}?base=master`);
    expect(await screen.findByText(/base=master/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Comparing with the default base run instead/)).toBeInTheDocument();
  });

  it('names a base run that does not exist, and offers the default', async () => {
    renderApp(`/runs/${MAIN}?base=9999`);
    await within(await screen.findByRole('region', { name: 'Compared with the base run' }, SLOW)).findByText(/Not found/, {}, SLOW);
    expect(screen.getByRole('button', { name: 'Compare with the default base run' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { duplicates, recordRequests, settled, SLOW } from './route-test-helpers';

const OUTPUT_HREF = /^\/runs\/9461\/samples\/\d+\/regressions\/\d+\/outputs\/\d+$/;

async function platform(name: 'linux' | 'windows') {
  const article = await screen.findByRole('article', { name: new RegExp(`^${name}`) }, SLOW);
  await within(article).findByText(/Compared with/, {}, SLOW);
  return article;
}

describe('pull request screen', () => {
  it("compares the newest commit's runs with their base runs, side by side, with links into the outputs", async () => {
    const requests = recordRequests();
    const { queryClient } = renderApp('/pr/1724');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pull request #1724' }, SLOW)).toBeInTheDocument();
    expect(document.title).toBe('Pull request #1724 — CCExtractor results');
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem');
    expect(crumbs.map((c) => c.textContent)).toEqual(['Runs', 'Pull request #1724']);

    const linux = await platform('linux');
    expect(within(linux).getByRole('link', { name: `Run ${scenarios.runs.mainFailing}` })).toBeInTheDocument();
    expect(within(linux).getByRole('link', { name: 'run 9459' })).toHaveAttribute('href', '/runs/9459');
    const counts = within(linux).getByRole('list', { name: 'linux: counts against the base run' });
    expect(counts).toHaveTextContent('51 new failures');
    expect(counts).toHaveTextContent('7 already failing');
    expect(counts).toHaveTextContent('3 fixed');
    expect(counts).toHaveTextContent('1 not in base');
    expect(within(counts).getByRole('link', { name: /51 new failures/ })).toHaveAttribute('href', '/runs/9461?status=new');
    // The new failures come first, open, each a link to its output screen.
    const newFailures = within(linux)
      .getAllByRole('list')
      .find((list) => list.classList.contains('pr-rows')) as HTMLElement;
    const links = within(newFailures).getAllByRole('link');
    expect(links).toHaveLength(10);
    for (const link of links) expect(link.getAttribute('href')).toMatch(OUTPUT_HREF);
    expect(within(linux).getByRole('button', { name: 'Show all 51' })).toBeInTheDocument();

    const windows = await platform('windows');
    expect(within(windows).getByRole('link', { name: 'Run 9462' })).toBeInTheDocument();
    expect(within(windows).getByRole('link', { name: 'run 9460' })).toBeInTheDocument();
    expect(within(windows).getByText('No new failures.')).toBeInTheDocument();
    expect(within(windows).getByRole('list', { name: /windows: counts/ })).toHaveTextContent('10 fixed');

    // Every run of the pull request, newest commit first, and how far the look went.
    expect(screen.getByText(/^Looked through all 74 runs/)).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Run 9461' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: /All runs of pull request/ })).toBeNull();

    // One look through the runs list, each run's results and base run once: well within 120 reads a minute.
    await settled(queryClient);
    expect(duplicates(requests)).toEqual([]);
    expect(requests.filter((r) => r.startsWith('/runs?')).length).toBe(3);
    expect(requests.some((r) => r.includes('/history'))).toBe(false);
    expect(requests.length).toBeLessThanOrEqual(16);
  });

  it('copies a Markdown summary for GitHub, flaky tests included once checked', async () => {
    const { user } = renderApp('/pr/1724');
    const linux = await platform('linux');
    await platform('windows');
    await user.click(screen.getByRole('button', { name: 'Check for flaky tests' }));
    await waitFor(() => expect(within(linux).getByRole('list', { name: /linux: counts/ })).toHaveTextContent('1 flaky'), SLOW);
    expect(within(linux).getAllByText('flaky', { selector: '.badge' }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Copy summary for GitHub' }));
    const md = await navigator.clipboard.readText();
    expect(md).toMatch(
      /^### CCExtractor sample platform: \[pull request \\#1724\]\(http:\/\/localhost(:\d+)?\/pr\/1724\), commit `[0-9a-f]{7}`/,
    );
    expect(md).toMatch(/#### linux — \[run 9461\]\(http:\/\/localhost(:\d+)?\/runs\/9461\) compared with \[run 9459\]/);
    expect(md).toContain('**51 new failures** (passed in run 9459):');
    expect(md).toMatch(/\| \[view\]\(http:\/\/localhost(:\d+)?\/runs\/9461\/samples\/\d+\/regressions\/\d+\/outputs\/\d+\) \|/);
    expect(md).toMatch(/Already failing: 7 · fixed: 3 · flaky: 1 \(regression test \d+\) · not in base: 1\./);
    expect(md).toContain('#### windows — [run 9462]');
    expect(md).toContain('No new failures.\n\nAlready failing: 0 · fixed: 10 · flaky: 0.');
  });

  it('says a bad number is a bad link, asking nothing', async () => {
    const requests = recordRequests();
    renderApp('/pr/12x');
    expect(await screen.findByRole('heading', { name: 'Bad link' }, SLOW)).toBeInTheDocument();
    expect(requests.filter((r) => r.startsWith('/runs'))).toEqual([]);
  });

  it('says so when no run of the pull request is among the runs', async () => {
    renderApp('/pr/99999');
    expect(await screen.findByText(/No run of pull request #99999 among them/, {}, SLOW)).toBeInTheDocument();
  });

  it('is linked from the runs list and from a pull-request run', async () => {
    const first = renderApp('/');
    const links = await screen.findAllByRole('link', { name: 'All runs of pull request #1724' }, SLOW);
    expect(links[0]).toHaveAttribute('href', '/pr/1724');
    first.unmount();
    renderApp(`/runs/${scenarios.runs.mainFailing}`);
    const facts = await screen.findByRole('region', { name: 'Run facts' }, SLOW);
    expect(await within(facts).findByRole('link', { name: 'All runs of pull request #1724' }, SLOW)).toHaveAttribute('href', '/pr/1724');
  });
});

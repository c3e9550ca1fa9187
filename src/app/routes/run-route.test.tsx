import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { largeRun, largeRunPage, numberedSample } from '@/testing/large-run';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { duplicates, recordRequests, settled, SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;

function sampleRows() {
  const table = screen.getByRole('table', { name: 'Samples of this run' });
  return within(table).getAllByRole('row').slice(1);
}

describe('run screen', () => {
  it('shows the run facts, the summary counts and a title', async () => {
    renderApp(`/runs/${MAIN}`);
    const facts = await screen.findByRole('region', { name: 'Run facts' }, SLOW);
    await within(facts).findByText('PR #1724', {}, SLOW);
    expect(within(facts).getByText('linux')).toBeInTheDocument();
    const summary = within(facts).getByRole('list', { name: 'Summary' });
    await waitFor(() => expect(summary).toHaveTextContent('193pass'));
    expect(summary).toHaveTextContent('54fail');
    expect(summary).toHaveTextContent('5missing output');
    expect(summary).toHaveTextContent('2skipped');
    expect(summary).toHaveTextContent('29 min 3 sduration');
    expect(summary).toHaveTextContent('254results in all');
    expect(document.title).toBe(`Run ${MAIN} · linux — CCExtractor results`);
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem');
    expect(crumbs.map((c) => c.textContent)).toEqual(['Runs', `Run ${MAIN} · linux`]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('lists failing samples only by default, failing first, one row per sample', async () => {
    renderApp(`/runs/${MAIN}`);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    const rows = sampleRows();
    const statuses = rows.map((row) => within(row).getAllByRole('cell')[4]?.querySelector('.badge')?.textContent);
    expect(new Set(statuses)).toEqual(new Set(['fail', 'missing output']));
    // Every "fail" row comes before every "missing output" row.
    expect(statuses.lastIndexOf('fail')).toBeLessThan(statuses.indexOf('missing output'));
    // 54 failing and 5 missing-output results over fewer samples: a sample with several results is one row.
    expect(rows.length).toBeLessThan(59);
    expect(screen.getByText(new RegExp(`^${rows.length} of 145 samples · 254 regression-test results`))).toBeInTheDocument();
  });

  it('fails a sample on a wrong exit code even when its files match', async () => {
    renderApp(`/runs/${MAIN}?q=KTVU`);
    const link = await screen.findByRole('link', { name: 'KTVU_options_2013-04-01.ts' }, SLOW);
    const row = link.closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('fail')).toBeInTheDocument();
    expect(within(row).getByText('exit code 10, expected 0')).toBeInTheDocument();
    expect(link).toHaveAttribute('href', `/runs/${MAIN}/samples/${scenarios.exitCodeMismatch.sampleId}`);
    expect(within(row).getByText('2 of 4 regression tests failed')).toBeInTheDocument();
    expect(within(row).getByText('Options')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: /Copy SHA-256 [0-9a-f]{12}/ })).toBeInTheDocument();
  });

  it('lists all 145 samples with status=all, drawing only those near the screen', async () => {
    renderApp(`/runs/${MAIN}?status=all`);
    const table = await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    // More rows than fit a screen: the table tells assistive technology how many there are and where each sits.
    expect(table).toHaveAttribute('aria-rowcount', '146');
    expect(screen.getByText(/^145 of 145 samples · 254 regression-test results/)).toBeInTheDocument();
    const rows = sampleRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    const names = rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(new Set(names).size).toBe(rows.length);
    // Failing samples first.
    expect(within(rows[0] as HTMLElement).getByText('fail')).toBeInTheDocument();
  });

  it('filters by status, category and name, in the URL', async () => {
    const { user, router } = renderApp(`/runs/${MAIN}`);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    expect(screen.getByLabelText('Status')).toHaveValue('failing');

    await user.selectOptions(screen.getByLabelText('Status'), 'missing_output');
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'missing_output' }));
    // A sample shows when one of its results is missing an output (its worst status may still be "fail").
    await waitFor(() => expect(screen.getByText(/^5 of 145 samples/)).toBeInTheDocument());

    await user.selectOptions(screen.getByLabelText('Status'), 'all');
    await user.selectOptions(screen.getByLabelText('Category'), 'Teletext');
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'all', category: 'Teletext' }));
    await waitFor(() => expect(sampleRows().every((row) => /Teletext/.test(row.textContent ?? ''))).toBe(true));

    await user.type(screen.getByLabelText('Sample name'), 'zdf');
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'all', category: 'Teletext', q: 'zdf' }));
    await waitFor(() => expect(sampleRows().every((row) => /zdf/i.test(row.textContent ?? ''))).toBe(true));
    expect(sampleRows().length).toBeGreaterThan(0);
  });

  it('restores its filters from the URL, and names a value it does not understand', async () => {
    renderApp(`/runs/${MAIN}?status=bogus&category=Teletext`);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    expect(screen.getByLabelText('Status')).toHaveValue('failing');
    expect(screen.getByLabelText('Category')).toHaveValue('Teletext');
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toBeDefined();
    expect(screen.getByText(/does not understand/)).toHaveTextContent('status=bogus');
  });

  it('says when nothing failed, and offers every sample', async () => {
    const { user } = renderApp(`/runs/${scenarios.runs.masterPass.linux}`);
    expect(await screen.findByText(/No sample matches these filters: nothing failed in this run\./, {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all samples' }));
    expect(await screen.findByRole('table', { name: 'Samples of this run' })).toBeInTheDocument();
  });

  it('says that a running run refreshes itself', async () => {
    renderApp(`/runs/${scenarios.runs.running}`);
    expect(await screen.findByText(/This run is still running: this page refreshes every 15 s/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getAllByText('still running').length).toBeGreaterThan(0);
  });

  it('says that a queued run has neither started nor completed', async () => {
    renderApp(`/runs/${scenarios.runs.queued}`);
    expect(await screen.findByText(/This run is queued: this page refreshes every 15 s/, {}, SLOW)).toBeInTheDocument();
    const completed = screen.getByText('Completed', { selector: 'dt' }).nextElementSibling;
    expect(completed).toHaveTextContent('not yet');
    expect(screen.queryByText('still running')).not.toBeInTheDocument();
  });

  it('names a run that does not exist, once', async () => {
    renderApp(`/runs/${scenarios.notFound.unknownRunId}`);
    expect(await screen.findByRole('heading', { name: 'Not found' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Run 9999 does not exist/)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.title).toBe('Run 9999 · not found — CCExtractor results');
  });

  it('explains a bad run id without asking the API', async () => {
    const requests = recordRequests();
    renderApp('/runs/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bad link' })).toBeInTheDocument();
    expect(screen.getByText(/is not a valid run id/)).toHaveTextContent('“abc” is not a valid run id');
    expect(requests.filter((r) => r.startsWith('/runs'))).toEqual([]);
  });

  it('shows a server error with Retry while the facts stay', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/:runId/samples`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }), {
        once: true,
      }),
    );
    const { user } = renderApp(`/runs/${MAIN}`);
    expect(await screen.findByRole('heading', { name: "Could not load the run's results" }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/HTTP 502/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Run facts' })).getByText('PR #1724')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Samples of this run' }, SLOW)).toBeInTheDocument();
  });

  it('loads its own five requests, the base run and its results once each, and filters without asking again', async () => {
    const requests = recordRequests();
    const { user, queryClient } = renderApp(`/runs/${MAIN}`);
    await screen.findByRole('table', { name: 'Samples of this run' }, SLOW);
    await settled(queryClient);
    const BASE = scenarios.runs.masterBase.linux;
    // Sample histories (the flaky marks) are asked for by the failing rows that stay on screen a moment: all of
    // them here, where the test DOM has no IntersectionObserver.
    const isHistory = (url: string) => /^\/samples\/\d+\/history/.test(url);
    await waitFor(() => expect(requests.filter(isHistory)).toHaveLength(sampleRows().length), SLOW);
    await settled(queryClient);
    const histories = requests.filter(isHistory);
    expect([...requests].filter((url) => !histories.includes(url)).sort()).toEqual([
      `/runs/${BASE}/samples?limit=100&offset=0`,
      `/runs/${BASE}/samples?limit=100&offset=100`,
      `/runs/${BASE}/samples?limit=100&offset=200`,
      `/runs/${MAIN}`,
      `/runs/${MAIN}/samples?limit=100&offset=0`,
      `/runs/${MAIN}/samples?limit=100&offset=100`,
      `/runs/${MAIN}/samples?limit=100&offset=200`,
      `/runs/${MAIN}/summary`,
      expect.stringMatching(/^\/runs\?/),
    ]);
    const before = requests.length;
    await user.selectOptions(screen.getByLabelText('Status'), 'all');
    await user.selectOptions(screen.getByLabelText('Category'), 'DVB');
    await settled(queryClient);
    expect(requests).toHaveLength(before);
    expect(duplicates(requests)).toEqual([]);
  });
});

describe('run screen with 1,000 results', () => {
  it('renders only the rows on screen and stays fast', async () => {
    // Two results a sample: 500 samples.
    const all = largeRun({ sampleOf: (i) => numberedSample(1 + Math.floor(i / 2)) });
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/:runId/samples`, ({ request }) => HttpResponse.json(largeRunPage(all, new URL(request.url)))),
    );
    const { user, queryClient } = renderApp(`/runs/${MAIN}?status=all`);
    await waitFor(() => expect(queryClient.getQueryData(['runs', MAIN, 'results'])).toBeDefined(), SLOW);
    const table = await screen.findByRole('table', { name: 'Samples of this run' });
    expect(table).toHaveAttribute('aria-rowcount', '501');
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText(/^500 of 500 samples · 1000 regression-test results/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'fail');
    await waitFor(() => expect(screen.getByText(/^143 of 500 samples/)).toBeInTheDocument());
  });
});

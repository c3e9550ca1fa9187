import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { duplicates, recordRequests, settled, SLOW } from './route-test-helpers';

const MAIN = scenarios.runs.mainFailing;
const KTVU = scenarios.exitCodeMismatch.sampleId;

async function card(regressionId: number) {
  return screen.findByRole('article', { name: `Regression test ${regressionId}` }, SLOW);
}

describe('sample screen', () => {
  it('shows the sample facts, a title and breadcrumbs', async () => {
    renderApp(`/runs/${MAIN}/samples/${KTVU}`);
    const facts = await screen.findByRole('region', { name: 'Sample facts' }, SLOW);
    expect(await within(facts).findByText('KTVU_options_2013-04-01.ts', {}, SLOW)).toBeInTheDocument();
    expect(within(facts).getByText(/^[0-9a-f]{64}$/)).toBeInTheDocument();
    expect(within(facts).getByRole('button', { name: 'Copy the SHA-256' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('KTVU_options_2013-04-01.ts');
    await waitFor(() => expect(document.title).toBe(`Run ${MAIN} · sample ${KTVU} · KTVU_options_2013-04-01.ts — CCExtractor results`));
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem');
    await waitFor(() => expect(crumbs.map((c) => c.textContent)).toEqual(['Runs', `Run ${MAIN} · linux`, 'KTVU_options_2013-04-01.ts']));
    expect(within(crumbs[1] as HTMLElement).getByRole('link')).toHaveAttribute('href', `/runs/${MAIN}`);
    // Only the last crumb is the page shown: the run's link is a parent, not the current page.
    const current = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByText(
      (_, element) => element?.getAttribute('aria-current') === 'page',
    );
    expect(current.map((element) => element.textContent)).toEqual(['KTVU_options_2013-04-01.ts']);
  });

  it('fails a test on its exit code even when its files match, and says so', async () => {
    const { user } = renderApp(`/runs/${MAIN}/samples/${KTVU}`);
    const mismatch = await card(scenarios.exitCodeMismatch.regressionId);
    expect(within(mismatch).getByText('exit code 10, expected 0')).toBeInTheDocument();
    expect(within(mismatch).getByText('fail', { selector: '.badge' })).toBeInTheDocument();
    expect(within(mismatch).getByText('matched')).toBeInTheDocument();
    expect(within(mismatch).getByText(/Every output file matches, but the exit code is wrong/)).toBeInTheDocument();
    expect(within(mismatch).getByText('--out=srt').closest('code')).toHaveTextContent('ccextractor -12 --out=srt');
    await user.click(within(mismatch).getByRole('button', { name: 'Copy command' }));
    expect(await navigator.clipboard.readText()).toBe('ccextractor -12 --out=srt');

    const crash = await card(scenarios.crash.regressionId);
    expect(within(crash).getByText('exit code 139, expected 0')).toBeInTheDocument();
    expect(within(crash).getByText('missing output')).toBeInTheDocument();

    // Failing tests first, passing ones after.
    const order = screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'));
    expect(order.slice(0, 2).sort()).toEqual(
      [`rt-${scenarios.crash.regressionId}`, `rt-${scenarios.exitCodeMismatch.regressionId}`].sort(),
    );
  });

  it('shows each test’s description, categories, runtime and outputs linking to the output screen', async () => {
    renderApp(`/runs/${MAIN}/samples/${scenarios.multiOutput.sampleId}`);
    const test = await card(scenarios.multiOutput.regressionId);
    await waitFor(() => expect(within(test).queryByText(/No description|could not be loaded/)).not.toBeInTheDocument());
    expect(within(test).getByText('CEA-708').closest('.tag')).not.toBeNull();
    expect(within(test).getByText('Runtime')).toBeInTheDocument();
    const outputs = within(within(test).getByRole('list', { name: /Output files/ })).getAllByRole('listitem');
    expect(outputs.map((o) => o.querySelector('.badge')?.textContent)).toEqual(['differs', 'matched', 'differs']);
    // The third differs, but the regression test ignores it: said beside it.
    expect(outputs.map((o) => within(o).queryByText('ignored') !== null)).toEqual([false, false, true]);
    const link = within(outputs[0] as HTMLElement).getByRole('link', { name: /\.p1\.svc01\.srt$/ });
    expect(link.getAttribute('href')).toMatch(
      new RegExp(
        `^/runs/${MAIN}/samples/${scenarios.multiOutput.sampleId}/regressions/${scenarios.multiOutput.regressionId}/outputs/\\d+$`,
      ),
    );
  });

  it('says "no baseline" for an output nobody approved yet', async () => {
    renderApp(`/runs/${MAIN}/samples/${scenarios.missingExpected.sampleId}`);
    const test = await card(scenarios.missingExpected.regressionId);
    expect(within(test).getByText('no baseline')).toBeInTheDocument();
  });

  it('answers "is this failure new?" from the history across runs', async () => {
    renderApp(`/runs/${MAIN}/samples/${scenarios.history.sampleId}`);
    const test = await card(scenarios.history.regressionId);
    expect(await within(test).findByText('new failure', {}, SLOW)).toBeInTheDocument();
    expect(
      within(test).getByText(
        /^New in this run: it passed in run \d+, the previous run on linux\. The same failure \(diff:[0-9a-f]+\) appeared in runs/,
      ),
    ).toBeInTheDocument();
    const history = screen.getByRole('table', { name: /Results of this sample's regression tests/ });
    const current = within(history)
      .getByRole('link', { name: `Run ${MAIN}` })
      .closest('tr') as HTMLElement;
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(within(current).getByText('fail')).toBeInTheDocument();
    expect(
      within(history)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain(`Test ${scenarios.history.regressionId}`);
  });

  it('loads older results of the history on request', async () => {
    const { user } = renderApp(`/runs/${MAIN}/samples/${scenarios.history.sampleId}`);
    const footer = await screen.findByText(/runs shown, from the latest 100 of \d+ results in the history/, {}, SLOW);
    const total = Number(/of (\d+) results/.exec(footer.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(200);
    await user.click(within(footer).getByRole('button', { name: /^Show all \d+ runs$/ }));
    await user.click(within(footer).getByRole('button', { name: 'Load older results' }));
    expect(await screen.findByText(new RegExp(`from the latest 200 of ${total} results`))).toBeInTheDocument();
  });

  it('says when a test was skipped', async () => {
    renderApp(`/runs/${MAIN}/samples/${scenarios.skipped.sampleId}`);
    const test = await card(scenarios.skipped.regressionId);
    expect(within(test).getByText('skipped', { selector: '.badge' })).toBeInTheDocument();
    expect(within(test).getByText(/Skipped: this test produced no output files/)).toBeInTheDocument();
  });

  it('names a sample that does not exist, once', async () => {
    renderApp(`/runs/${MAIN}/samples/${scenarios.notFound.unknownSampleId}`);
    expect(await screen.findByRole('heading', { name: 'Not found' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Sample 9999 does not exist/)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.title).toBe(`Run ${MAIN} · sample 9999 · not found — CCExtractor results`);
  });

  it('names a run that does not exist', async () => {
    renderApp(`/runs/${scenarios.notFound.unknownRunId}/samples/${KTVU}`);
    expect(await screen.findByText(/Run 9999 does not exist/, {}, SLOW)).toBeInTheDocument();
  });

  it('explains a bad sample id', async () => {
    renderApp(`/runs/${MAIN}/samples/0`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bad link' })).toBeInTheDocument();
    expect(screen.getByText(/is not a valid sample id/)).toHaveTextContent('“0” is not a valid sample id');
  });

  it('says when the run did not test the sample', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs/:runId/samples`, () =>
        HttpResponse.json({ data: [], pagination: { limit: 100, offset: 0, total: 0, next_offset: null } }),
      ),
    );
    renderApp(`/runs/${MAIN}/samples/${KTVU}`);
    expect(
      await screen.findByText(`Run ${MAIN} has no result for sample ${KTVU}: the run did not test it.`, { exact: false }, SLOW),
    ).toBeInTheDocument();
  });

  it('loads each request once', async () => {
    const requests = recordRequests();
    const { queryClient } = renderApp(`/runs/${MAIN}/samples/${KTVU}`);
    await card(scenarios.exitCodeMismatch.regressionId);
    await settled(queryClient);
    expect(duplicates(requests)).toEqual([]);
    expect([...requests].sort()).toEqual(
      [
        `/runs/${MAIN}`,
        `/runs/${MAIN}/samples?limit=100&offset=0`,
        `/runs/${MAIN}/samples?limit=100&offset=100`,
        `/runs/${MAIN}/samples?limit=100&offset=200`,
        `/samples/${KTVU}`,
        `/samples/${KTVU}/history?limit=100&offset=0`,
        '/regression-tests/284',
        '/regression-tests/291',
        '/regression-tests/319',
        '/regression-tests/353',
      ].sort(),
    );
  });
});

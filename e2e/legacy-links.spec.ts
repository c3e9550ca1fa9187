// Old sample-platform links (bug reports, commit statuses, PR comments) opened on this app or pasted into the box on
// the runs screen: each lands on the matching new screen, replacing itself in the history, against the HTTP mock.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';
import { API_BASE, outputPath, resetMock, signIn } from './support/app';

const MAIN = scenarios.runs.mainFailing;
const DIFFERS = scenarios.differs;
const FAILURE = 'This link could not be opened';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Asks the mock API directly (not through the app) for the facts a link should lead to. */
async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${API_BASE}${path}`, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

type Run = { run_id: number; commit_sha: string; platform: string };
type History = { data: Array<{ run_id: number }> };

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('a run link opens the run, replacing the old link in the history', async ({ page }) => {
  await signIn(page, { path: '/' });
  await expect(heading(page)).toHaveText('Runs');
  await page.goto(`/test/${MAIN}`);
  await expect(page).toHaveURL(`/runs/${MAIN}`);
  await expect(heading(page)).toHaveText(`Run ${MAIN} · linux`);
  await page.goBack();
  await expect(heading(page)).toHaveText('Runs');
});

test('a diff link, and its download form ending in /0, open the output with its sample looked up', async ({ page }) => {
  const diffLink = `/test/diff/${DIFFERS.runId}/${DIFFERS.regressionId}/${DIFFERS.outputId}`;
  await signIn(page, { path: diffLink });
  await expect(page).toHaveURL(outputPath(DIFFERS));
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await page.goto(`${diffLink}/0`);
  await expect(page).toHaveURL(outputPath(DIFFERS));
});

test('a commit tested on two platforms asks which run to open', async ({ page }) => {
  await signIn(page, { path: '/' });
  const run = await api<Run>(page, `/runs/${MAIN}`);
  await page.goto(`/test/commit/${run.commit_sha}`);
  await expect(heading(page)).toHaveText(`Choose a run · Commit ${run.commit_sha.slice(0, 10)}`);
  await expect(page.getByText('This commit was tested once per platform.')).toBeVisible();
  const choices = page.getByRole('list', { name: /^Runs of Commit/ });
  await expect(choices.getByRole('link')).toHaveText([`Run ${scenarios.runs.windowsPass} · windows`, `Run ${MAIN} · linux`]);
  await choices.getByRole('link', { name: `Run ${MAIN} · linux` }).click();
  await expect(page).toHaveURL(`/runs/${MAIN}`);
});

test('the latest master run of each platform', async ({ page }) => {
  await signIn(page, { path: '/' });
  for (const platform of ['linux', 'windows'] as const) {
    const latest = await api<{ data: Run[] }>(page, `/runs?branch=master&platform=${platform}&repository=CCExtractor/ccextractor&limit=1`);
    const runId = latest.data[0]?.run_id;
    expect(runId).toBeDefined();
    await page.goto(`/test/master/${platform}`);
    await expect(page).toHaveURL(`/runs/${runId}`);
    await expect(heading(page)).toHaveText(`Run ${runId} · ${platform}`);
  }
});

test('a release link lists the runs of that CCExtractor version', async ({ page }) => {
  await signIn(page, { path: '/test/ccextractor/0.94' });
  await expect(heading(page)).toHaveText('Choose a run · CCExtractor 0.94');
  const choices = page.getByRole('list', { name: 'Runs of CCExtractor 0.94' });
  await expect(choices.getByRole('listitem').first()).toBeVisible();
  const expected = await api<{ data: Run[] }>(page, '/runs?ccx_version=0.94&limit=20&sort=-created_at');
  await expect(choices.getByRole('link')).toHaveText(expected.data.map((run) => `Run ${run.run_id} · ${run.platform}`));
});

test('sample and regression-test links open the sample in the run that tested it last', async ({ page }) => {
  await signIn(page, { path: '/' });
  const { sampleId, regressionId } = scenarios.history;
  const latest = await api<History>(page, `/samples/${sampleId}/history?limit=1`);
  const runId = latest.data[0]?.run_id;
  await page.goto(`/sample/${sampleId}`);
  await expect(page).toHaveURL(`/runs/${runId}/samples/${sampleId}`);
  await expect(heading(page)).toBeVisible();

  const latestOfTest = await api<History>(page, `/samples/${sampleId}/history?limit=1&regression_test_id=${regressionId}`);
  await page.goto(`/regression/test/${regressionId}/view`);
  await expect(page).toHaveURL(`/runs/${latestOfTest.data[0]?.run_id}/samples/${sampleId}`);
});

test('links that cannot be resolved say why, and where to go instead', async ({ page }) => {
  await signIn(page, { path: '/regression/test/99999/view' });
  await expect(heading(page)).toHaveText(FAILURE);
  await expect(page.getByRole('alert')).toContainText('Regression test 99999 does not exist on this API server.');
  await expect(page).toHaveTitle(`${FAILURE} — CCExtractor results`);

  await page.goto(`/test/commit/${'0'.repeat(40)}`);
  await expect(page.getByRole('alert')).toContainText('No run on this API server tested commit 0000000000.');
  await page.getByRole('link', { name: 'Search the runs list for this commit' }).click();
  await expect(heading(page)).toHaveText('Runs');

  await page.goto(`/sample/${'ab'.repeat(32)}`);
  await expect(page.getByRole('alert')).toContainText('names a sample by its SHA-256');

  await page.goto(`/test/diff/${MAIN}/99999/1`);
  await expect(page.getByRole('alert')).toContainText('Regression test 99999, named in this diff link, does not exist');
  await page.getByRole('link', { name: `Open run ${MAIN}` }).click();
  await expect(page).toHaveURL(`/runs/${MAIN}`);

  // A path under /test/ that was never an old page.
  await page.goto('/test/nonsense/page');
  await expect(heading(page)).toHaveText(FAILURE);
  await expect(page.getByRole('alert')).toContainText('not to a page this viewer knows how to translate');
});

test('the box on the runs screen takes a full old URL, a bare path, or explains what it cannot open', async ({ page }) => {
  await signIn(page, { path: '/' });
  const box = page.getByRole('textbox', { name: 'Open a sample-platform link' });
  await box.fill(`https://sampleplatform.ccextractor.org/test/diff/${DIFFERS.runId}/${DIFFERS.regressionId}/${DIFFERS.outputId}`);
  await page.getByRole('button', { name: 'Open link' }).click();
  await expect(page).toHaveURL(outputPath(DIFFERS));
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();

  await page.goto('/');
  await box.fill(`spdev.ccextractor.org/test/${MAIN}`);
  await box.press('Enter');
  await expect(page).toHaveURL(`/runs/${MAIN}`);

  await page.goto('/');
  await box.fill('https://example.com/test/1');
  await box.press('Enter');
  await expect(page.getByRole('alert')).toContainText('This link is not on the sample platform (example.com)');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(pathOf(page)).toBe('/');
});

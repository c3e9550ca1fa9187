// The caption-aware diff in Chromium against the production build: the verdict (computed in a Web Worker) on the
// demo's caption fixtures, and the cue view — a shift as a delta column, filters and #C links in the URL.
import { expect, test, type Page } from '@playwright/test';
import { CAPTION_SCENARIO_TESTS, captionFixture } from '../src/testing/mocks/data/caption-scenarios';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';

const cueTable = (page: Page) => page.getByRole('table', { name: 'Cues, expected and actual' });
const bodyRows = (page: Page) => cueTable(page).getByRole('rowgroup').nth(1).getByRole('row');
const search = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

// One test per fixture, so a slow machine spends one page load of budget on each.
for (const caption of CAPTION_SCENARIO_TESTS) {
  test(`the ${caption.fixture} fixture gets its verdict in one sentence above the diff`, async ({ page }) => {
    await signIn(page, { path: outputPath(scenarios[caption.scenario]) });
    const verdict = page.locator('.caption-verdict');
    await expect(verdict).toHaveText(`Captions ${captionFixture(caption.fixture).sentence}.`, { timeout: 15_000 });
  });
}

test('a timing shift is a delta column in the cue view, which survives a reload', async ({ page }) => {
  await signIn(page, { path: outputPath(scenarios.captionShift) });
  await expect(page.getByText('All 12 cues match but are 33 ms late.')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cues' }).click();
  await expect(page).toHaveURL(/[?&]view=cues/);
  await expect(bodyRows(page)).toHaveCount(12);
  const deltas = bodyRows(page).locator('.cue-row__delta [aria-hidden="true"]');
  await expect(deltas).toHaveText(Array(12).fill('+33 ms'));
  // No wall of red and green: not one word is marked changed.
  await expect(cueTable(page).locator('ins, del')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cues' })).toHaveAttribute('aria-pressed', 'true');
  await expect(deltas).toHaveCount(12);
});

test('filters keep only text changes or only timing changes, in the URL', async ({ page }) => {
  await signIn(page, { path: `${outputPath(scenarios.captionMixed)}?view=cues` });
  await expect(bodyRows(page)).toHaveCount(12, { timeout: 15_000 });
  await expect(cueTable(page).locator('del')).toHaveText(['OWNERS']);
  await expect(cueTable(page).locator('ins')).toHaveText(['OWNER']);

  await page.getByRole('radio', { name: /Text changes only/ }).check();
  await expect.poll(() => search(page)).toEqual({ view: 'cues', only: 'text' });
  await expect(bodyRows(page).locator('.cue-row__kind')).toHaveText(['timing and text (words)', 'missing']);

  await page.getByRole('radio', { name: /Timing only/ }).check();
  await expect.poll(() => search(page)).toEqual({ view: 'cues', only: 'timing' });
  await expect(bodyRows(page)).toHaveCount(11);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Timing only/ })).toBeChecked({ timeout: 15_000 });
  await expect(bodyRows(page)).toHaveCount(11);
});

test('#C links point at an expected cue, and a click on a cue number sets one', async ({ page }) => {
  await signIn(page, { path: `${outputPath(scenarios.captionSplit)}?view=cues#C9` });
  const split = cueTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Expected cue 9', exact: true }) });
  await expect(split).toHaveAttribute('aria-current', 'location', { timeout: 15_000 });
  await expect(split.locator('.cue-row__kind')).toHaveText('split');
  await cueTable(page).getByRole('link', { name: 'Expected cue 3', exact: true }).click();
  await expect(page).toHaveURL(/\?view=cues#C3$/);
  await expect(
    cueTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Expected cue 3', exact: true }) }),
  ).toHaveAttribute('aria-current', 'location');
});

test('the run screen labels the failing caption outputs on screen and tallies them', async ({ page }) => {
  await signIn(page, { path: `/runs/${scenarios.runs.mainFailing}?q=WFLD_Fox32_2013-01-15` });
  const row = page.getByRole('table', { name: 'Samples of this run' }).getByRole('row').filter({ hasText: 'WFLD_Fox32_2013-01-15.ts' });
  // Labels load for the rows on screen; the comparison and the run's actions push this one below a 720 px fold.
  await row.scrollIntoViewIfNeeded();
  await expect(row.locator('.caption-label .tag')).toHaveText(['Captions: cues missing', 'Captions: extra cues', 'Captions: mixed'], {
    timeout: 15_000,
  });
  await expect(row.locator('.caption-label .tag').first()).toHaveAttribute('title', '1 cue missing');
  await expect(
    page.getByText(/^\d+ failing caption outputs: 1 cues missing, 1 extra cues, 1 mixed \(\d+ not looked at yet\)\.$/),
  ).toBeVisible();
});

test('9,000 shifted cues: the verdict comes from the worker, and the cue view renders only what is on screen', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await signIn(page, { path: `${outputPath(scenarios.allDifferent)}?view=cues#C5000` });
  await expect(page.getByText('All 9,000 cues match but are 33 ms late.')).toBeVisible({ timeout: 30_000 });
  await expect(cueTable(page)).toHaveAttribute('aria-rowcount', '9001');
  const target = cueTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Expected cue 5000', exact: true }) });
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('aria-current', 'location');
  expect(await bodyRows(page).count()).toBeLessThan(120);
  expect(workers.filter((url) => url.includes('caption-diff'))).toHaveLength(1);
});

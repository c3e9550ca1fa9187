// Nothing moves on the list screens (issue 19): the runs list, a run, a sample and a pull request's page keep what
// they drew in place while their late parts arrive (the summary, the base run's comparison, caption labels and their
// tally, histories, regression-test details). The late answers are held back here so that they arrive after the
// first paint, as they do over a real network; CLS is counted as Lighthouse counts it, on a reload with the session.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { API_BASE, resetMock, signIn } from './support/app';
import { describeShifts, layoutShift, watchLayoutShifts } from './support/layout-shift';

const MAIN = scenarios.runs.mainFailing;
const BASE = scenarios.runs.masterBase.linux;
const SAMPLE = scenarios.differs.sampleId;

/** A request's path and query under the API base, e.g. `/runs/9461/summary`. */
type Delays = [RegExp, number][];

const FILES = /\/(actual|expected|diff)(\?|$)/;
const RUN_DELAYS: Delays = [
  [new RegExp(`^/runs/${MAIN}/samples(\\?|$)`), 300],
  [/^\/runs\?.*branch=master/, 600],
  [/\/summary$/, 900],
  [new RegExp(`^/runs/${BASE}/samples`), 1_300],
  [/^\/samples\/\d+\/history/, 1_600],
  [FILES, 1_600],
];
const SAMPLE_DELAYS: Delays = [
  [/^\/samples\/\d+(\?|$)/, 400],
  [new RegExp(`^/runs/${MAIN}/samples(\\?|$)`), 200],
  [/^\/regression-tests\//, 900],
  [/^\/samples\/\d+\/history/, 1_300],
  [FILES, 1_600],
];
const LIST_DELAYS: Delays = [[/^\/runs\?/, 500]];
const PR_DELAYS: Delays = [
  [/^\/runs\?.*branch=master/, 600],
  [/^\/runs\/\d+\/samples/, 1_200],
  [/^\/runs\/\d+\/summary$/, 900],
];

/** Holds back the API's answers that match, each by its delay, so that they arrive after the first paint. */
async function holdBack(page: Page, delays: Delays) {
  await page.route(`${API_BASE}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.slice(new URL(API_BASE).pathname.length) + url.search;
    const ms = delays.find(([pattern]) => pattern.test(path))?.[1] ?? 0;
    if (ms > 0 && route.request().method() !== 'OPTIONS') await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Signs in, then opens `path` afresh with the stored session and the late answers held back. */
async function openSlowly(page: Page, path: string, delays: Delays) {
  await watchLayoutShifts(page);
  await signIn(page, { path });
  await holdBack(page, delays);
  await page.reload();
}

/** Every late part has been drawn: no request left, and a moment for the last renders. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

async function expectStill(page: Page) {
  const result = await layoutShift(page);
  test.info().annotations.push({ type: 'CLS', description: result.cls.toFixed(4) });
  expect(result.cls, describeShifts(result)).toBeLessThan(0.02);
}

const SIZES = [
  { name: 'desktop', viewport: { width: 1350, height: 940 } },
  { name: 'narrow', viewport: { width: 412, height: 823 } },
];

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

for (const { name, viewport } of SIZES) {
  test.describe(name, () => {
    test.use({ viewport });

    test(`the runs list does not move as it loads (${name})`, async ({ page }) => {
      await openSlowly(page, '/', LIST_DELAYS);
      await expect(page.getByRole('table').first().getByRole('link', { name: /^PR #/ }).first()).toBeVisible({ timeout: 15_000 });
      await settle(page);
      await expectStill(page);
    });

    test(`run ${MAIN} does not move as its comparison, summary, caption labels and tally arrive (${name})`, async ({ page }) => {
      await openSlowly(page, `/runs/${MAIN}`, RUN_DELAYS);
      const comparison = page.getByRole('region', { name: 'Compared with the base run' });
      await expect(comparison.getByRole('button', { name: /new failures/ })).toHaveText('51 new failures', { timeout: 15_000 });
      await expect(page.getByRole('list', { name: 'Summary' })).not.toHaveAttribute('aria-busy');
      // Labels load for the rows on screen: on a phone the reader scrolls down to them (a scroll is no input to CLS).
      const table = page.getByRole('table', { name: 'Samples of this run' });
      await table.getByRole('row').nth(1).scrollIntoViewIfNeeded();
      await expect(table.locator('.caption-label .tag').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText(/^\d+ failing caption outputs: \d+ /)).toBeVisible();
      await settle(page);
      await expectStill(page);
    });

    test(`a sample with a failing test does not move as its details and history arrive (${name})`, async ({ page }) => {
      await openSlowly(page, `/runs/${MAIN}/samples/${SAMPLE}`, SAMPLE_DELAYS);
      await expect(page.getByRole('heading', { name: /Regression tests in run/ })).toContainText('failing', { timeout: 15_000 });
      await expect(page.getByRole('list', { name: /^Last \d+ results? on linux/ }).first()).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('heading', { name: 'History across runs' })).toBeVisible();
      await settle(page);
      await expectStill(page);
    });

    test(`pull request 1724 does not move as its comparisons arrive (${name})`, async ({ page }) => {
      await openSlowly(page, '/pr/1724', PR_DELAYS);
      const linux = page.getByRole('article', { name: /^linux/ });
      await expect(linux.getByRole('list', { name: 'linux: counts against the base run' })).toContainText('51 new failures', {
        timeout: 15_000,
      });
      await expect(page.getByRole('article', { name: /^windows/ }).getByText('No new failures.')).toBeVisible();
      await settle(page);
      await expectStill(page);
    });
  });
}

test('on a phone, a failing row\'s late "flaky" mark joins its badges\' line, not a line of its own under the labels', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await signIn(page, { path: `/runs/${MAIN}?q=WGBH_Nova` });
  const row = page
    .getByRole('table', { name: 'Samples of this run' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /^WGBH_Nova/ }) });
  await row.scrollIntoViewIfNeeded();
  const flaky = row.locator('.flaky-mark').getByText(/^flaky/);
  await expect(flaky).toBeVisible({ timeout: 15_000 });
  await expect(row.locator('.caption-label .tag').first()).toBeVisible({ timeout: 15_000 });
  const [mark, verdict, label] = await Promise.all(
    [flaky, row.getByText('fail', { exact: true }), row.locator('.caption-label .tag').first()].map((l) => l.boundingBox()),
  );
  expect(mark && verdict && label).toBeTruthy();
  if (!mark || !verdict || !label) return;
  // The same line as the verdict, above the labels' line.
  expect(Math.abs(mark.y + mark.height / 2 - (verdict.y + verdict.height / 2))).toBeLessThan(4);
  expect(mark.y + mark.height).toBeLessThanOrEqual(label.y);
});

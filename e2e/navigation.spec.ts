// Runs → run → sample → output in Chromium, against the production build and the HTTP mock server: clicks, reloads,
// back/forward, deep links in a fresh context, filters in the URL, scroll kept on back, and a 1,000-result run.
import { expect, test, type Page, type Route } from '@playwright/test';
import { largeRun, largeRunPage } from '../src/testing/large-run';
import { scenarios } from '../src/testing/mocks/scenarios';
import { API_BASE, resetMock, signIn } from './support/app';

const MAIN = scenarios.runs.mainFailing;
const KTVU = { id: scenarios.exitCodeMismatch.sampleId, name: 'KTVU_options_2013-04-01.ts' };

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const samplesTable = (page: Page) => page.getByRole('table', { name: 'Samples of this run' });
/** The samples listed, in order (caption verdict labels fill in later, so rows' full text is not stable). */
const listedSamples = (page: Page) => samplesTable(page).getByRole('row').getByRole('link').allTextContents();
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('three clicks from the runs list to a failing output, each screen surviving a reload and back/forward', async ({ page }) => {
  await signIn(page, { path: '/' });
  await expect(heading(page)).toHaveText('Runs');
  await expect(page).toHaveTitle('Runs — CCExtractor results');

  // 1. The run.
  await page.getByRole('link', { name: `Run ${MAIN}`, exact: true }).click();
  await expect(page).toHaveURL(`/runs/${MAIN}`);
  await expect(heading(page)).toHaveText(`Run ${MAIN} · linux`);
  await expect(heading(page)).toBeFocused();
  await expect(samplesTable(page)).toBeVisible();
  await page.reload();
  await expect(heading(page)).toHaveText(`Run ${MAIN} · linux`);
  await expect(page).toHaveTitle(`Run ${MAIN} · linux — CCExtractor results`);

  // 2. A failing sample (its files match but the exit code is wrong).
  const row = samplesTable(page).getByRole('row').filter({ hasText: KTVU.name });
  await expect(row).toContainText('exit code 10, expected 0');
  // From the keyboard: rows above grow as their caption labels arrive, so a click at a measured spot can miss.
  await row.getByRole('link', { name: KTVU.name }).press('Enter');
  await expect(page).toHaveURL(`/runs/${MAIN}/samples/${KTVU.id}`);
  await expect(heading(page)).toContainText(KTVU.name);
  await expect(heading(page)).toBeFocused();
  await page.reload();
  const crash = page.getByRole('article', { name: `Regression test ${scenarios.crash.regressionId}` });
  await expect(crash).toContainText('exit code 139, expected 0');
  await expect(page).toHaveTitle(`Run ${MAIN} · sample ${KTVU.id} · ${KTVU.name} — CCExtractor results`);

  // 3. Its output.
  const outputLink = crash.getByRole('link', { name: /\.srt$/ });
  const outputHref = await outputLink.getAttribute('href');
  expect(outputHref).toBe(
    `/runs/${MAIN}/samples/${KTVU.id}/regressions/${scenarios.crash.regressionId}/outputs/${scenarios.crash.outputId}`,
  );
  await outputLink.click();
  await expect(page).toHaveURL(outputHref ?? '');
  await expect(page.getByRole('heading', { name: 'Missing output' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(outputHref ?? '');
  await expect(page.getByRole('heading', { name: 'Missing output' })).toBeVisible();

  // Back and forward walk the same screens.
  await page.goBack();
  await expect(heading(page)).toContainText(KTVU.name);
  await page.goBack();
  await expect(heading(page)).toHaveText(`Run ${MAIN} · linux`);
  await page.goBack();
  await expect(heading(page)).toHaveText('Runs');
  await page.goForward();
  await expect(heading(page)).toHaveText(`Run ${MAIN} · linux`);
  await page.goForward();
  await expect(heading(page)).toContainText(KTVU.name);
  // Breadcrumbs lead back up.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: `Run ${MAIN} · linux` })
    .click();
  await expect(page).toHaveURL(`/runs/${MAIN}`);
});

test('an output names its sample instead of the stored hash, and steps to the next failure of the run', async ({ page }) => {
  const path = `/runs/${MAIN}/samples/${scenarios.differs.sampleId}/regressions/${scenarios.differs.regressionId}/outputs/${scenarios.differs.outputId}`;
  await signIn(page, { path });
  await expect(heading(page)).toHaveText(/^KTVU_Fox2_2012-11-06.*\.srt$/);
  await expect(page.getByText(/stored as [0-9a-f]{64}/)).toBeVisible();
  const failures = page.getByRole('navigation', { name: 'Failures in this run' });
  await expect(failures).toContainText(/failure \d+ of \d+/);
  const before = await failures.textContent();
  await failures.getByRole('link', { name: /Next failure/ }).click();
  await expect(page).not.toHaveURL(path);
  await expect(failures).not.toHaveText(before ?? '');
  await page.goBack();
  await expect(page).toHaveURL(path);
});

test('a copied deep link opens the same view for a colleague, after their sign-in', async ({ page, browser }) => {
  const deepLink = `/runs/${MAIN}?status=all&category=Teletext&q=zdf`;
  await signIn(page, { path: deepLink });
  await expect.poll(() => listedSamples(page)).toEqual(['ZDF_HD_teletext_2015-02-02.ts']);
  const rows = await listedSamples(page);

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await signIn(other, { path: pathOf(page) });
  expect(pathOf(other)).toBe(pathOf(page));
  await expect(samplesTable(other)).toBeVisible();
  await expect.poll(() => listedSamples(other)).toEqual(rows);
  await expect(other.getByLabel('Category')).toHaveValue('Teletext');
  await expect(other.getByLabel('Sample name')).toHaveValue('zdf');
  await colleague.close();
});

test('filters live in the URL and survive a reload', async ({ page }) => {
  await signIn(page, { path: '/' });
  await page.getByLabel('Status').selectOption('fail');
  await page.getByLabel(/^Platform/).selectOption('linux');
  await expect(page).toHaveURL(/[?&]status=fail/);
  await expect(page).toHaveURL(/[?&]platform=linux/);
  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('fail');
  await expect(page.getByLabel(/^Platform/)).toHaveValue('linux');
  await expect(page.getByRole('columnheader', { name: 'windows' })).toHaveCount(0);

  await page.goto(`/runs/${MAIN}`);
  await expect(samplesTable(page)).toBeVisible();
  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Category').selectOption('DVB');
  await page.getByLabel('Sample name').fill('bbc');
  await expect(page).toHaveURL(/q=bbc/);
  await expect.poll(async () => (await listedSamples(page)).filter((name) => !/bbc/i.test(name)).length).toBe(0);
  const rows = await listedSamples(page);
  expect(rows.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByLabel('Category')).toHaveValue('DVB');
  await expect(page.getByLabel('Status')).toHaveValue('all');
  await expect(page.getByLabel('Sample name')).toHaveValue('bbc');
  await expect.poll(() => listedSamples(page)).toEqual(rows);
});

test('"Load more" keeps its pages and the scroll position when coming back', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await signIn(page, { path: '/' });
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(page.getByText(/Showing 74 of 74 runs/)).toBeVisible();
  const oldest = page.getByRole('link', { name: `Run ${scenarios.runs.oldest}`, exact: true });
  await oldest.scrollIntoViewIfNeeded();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(1000);
  await oldest.click();
  await expect(heading(page)).toHaveText(`Run ${scenarios.runs.oldest} · linux`);
  await page.goBack();
  await expect(page.getByText(/Showing 74 of 74 runs/)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY - 50);
  await expect(oldest).toBeInViewport();
});

test('bad and unknown ids get a clear message', async ({ page }) => {
  await signIn(page, { path: '/runs/abc' });
  await expect(heading(page)).toHaveText('Bad link');
  await expect(page.getByText('“abc” is not a valid run id')).toBeVisible();
  await page.goto(`/runs/${scenarios.notFound.unknownRunId}`);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByText(`Run ${scenarios.notFound.unknownRunId} does not exist`)).toBeVisible();
  await page.goto(`/runs/${MAIN}/samples/${scenarios.notFound.unknownSampleId}`);
  await expect(page.getByText(`Sample ${scenarios.notFound.unknownSampleId} does not exist`)).toBeVisible();
});

test('unknown view and context values in an output link are named, and the defaults shown', async ({ page }) => {
  const path = `/runs/${MAIN}/samples/${scenarios.differs.sampleId}/regressions/${scenarios.differs.regressionId}/outputs/${scenarios.differs.outputId}`;
  const notice = page.getByRole('status').filter({ hasText: 'does not understand' });
  await signIn(page, { path: `${path}?view=foo&context=-1` });
  await expect(notice).toContainText('view=foo, context=-1');
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await expect(page.getByLabel('Context lines')).toHaveValue('3');
  await page.goto(`${path}?context=99999`);
  await expect(notice).toContainText('context=99999');
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await page.goto('/no/such/screen');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('a run of 1,000 results keeps a bounded DOM, filters and scrolls to the end', async ({ page }) => {
  const results = largeRun();
  await page.route(`${API_BASE}/runs/${MAIN}/samples?*`, (route: Route) => {
    if (route.request().method() === 'OPTIONS') return route.continue();
    return route.fulfill({
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify(largeRunPage(results, new URL(route.request().url()))),
    });
  });
  await signIn(page, { path: '/' });
  await page.getByRole('link', { name: `Run ${MAIN}`, exact: true }).click();
  await expect(samplesTable(page)).toBeVisible();
  await page.getByLabel('Status').selectOption('all');
  await expect(samplesTable(page).getByRole('link', { name: 'sample_0001.ts' })).toBeVisible();
  await expect(samplesTable(page)).toHaveAttribute('aria-rowcount', '1001');
  const inDom = await samplesTable(page).getByRole('row').count();
  expect(inDom).toBeLessThan(80);

  await page.getByLabel('Status').selectOption('fail');
  await expect(page.getByText(/^143 of 1000 samples/)).toBeVisible();

  // The keyboard walks on past the rows drawn at first: each focus scrolls, and the rows after it are drawn.
  await samplesTable(page).getByRole('link', { name: 'sample_0001.ts' }).focus();
  // At a person's pace, a frame or two per key: rows are drawn on the scroll event of the next frame.
  const nextFrames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (let i = 0; i < 2 * 60; i += 1) {
    await page.keyboard.press('Tab');
    await nextFrames();
  }
  await expect(page.locator(':focus')).toHaveAccessibleName('sample_0421.ts');

  // Scrolling to the end renders the last rows.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(samplesTable(page).getByRole('link', { name: 'sample_0995.ts' })).toBeVisible();
});

// `/pr/:number` (issue 17): a pull request in one page, against the production build and the HTTP mock server.
// The mock server's log counts the reads a first visit costs: the API allows 120 a minute.
import { expect, test } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { APP } from '../scripts/e2e-ports.mjs';
import { apiLog, FAULTS_LOCK, forgetLog, liftFaults, signInAt, watchPage } from './support/faults';

// The request log is kept per token; the fault token's log is shared with the fault suite, hence its lock.
test.describe.configure({ lock: FAULTS_LOCK });

const MAIN = scenarios.runs.mainFailing;

test('a maintainer sees which failures are new on each platform, opens one, and copies a summary for GitHub', async ({
  page,
  context,
  request,
}) => {
  await liftFaults(request);
  await forgetLog(request);
  const watch = await watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // From a pull request's run, its page is one click away.
  await signInAt(page, `/runs/${MAIN}`);
  const facts = page.getByRole('region', { name: 'Run facts' });
  await facts.getByRole('link', { name: 'All runs of pull request #1724' }).click();
  await expect(page).toHaveURL(`${APP}/pr/1724`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pull request #1724' })).toBeVisible();
  await expect(page).toHaveTitle('Pull request #1724 — CCExtractor results');

  const linux = page.getByRole('article', { name: /^linux/ });
  const windows = page.getByRole('article', { name: /^windows/ });
  await expect(linux.getByRole('list', { name: 'linux: counts against the base run' })).toContainText('51 new failures', {
    timeout: 15_000,
  });
  await expect(linux.getByText(/Compared with run 9459/)).toBeVisible();
  await expect(windows.getByText(/Compared with run 9460/)).toBeVisible();
  await expect(windows.getByText('No new failures.')).toBeVisible();
  await expect(page.getByText(/^Looked through all \d+ runs/)).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);

  // The whole first visit, from the sign-in to both comparisons (the run screen included), within the API's limit.
  await page.waitForLoadState('networkidle');
  const reads = (await apiLog(request)).filter((entry) => entry.method === 'GET');
  expect(reads.length, reads.map((entry) => entry.path).join('\n')).toBeLessThanOrEqual(120);
  test.info().annotations.push({ type: 'API reads, first visit', description: String(reads.length) });
  console.log(`API reads of the first visit (sign-in, run screen, pull-request page): ${reads.length}`);
  await forgetLog(request);

  // The summary, as Markdown with absolute links to the output screens.
  await page.getByRole('button', { name: 'Copy summary for GitHub' }).click();
  await expect(page.getByText('Summary copied to the clipboard', { exact: true })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain(`### CCExtractor sample platform: [pull request \\#1724](${APP}/pr/1724)`);
  expect(markdown).toContain(`#### linux — [run ${MAIN}](${APP}/runs/${MAIN}) compared with [run 9459](${APP}/runs/9459) (master)`);
  expect(markdown).toContain('| Sample | Regression test | Output | What changed | Link |');
  expect(markdown).toMatch(new RegExp(`\\| \\[view\\]\\(${APP}/runs/${MAIN}/samples/\\d+/regressions/\\d+/outputs/\\d+\\) \\|`));
  expect(markdown).toContain('Already failing: 7 · fixed: 3 · flaky: not checked · not in base: 1.');
  expect(markdown).toContain(`[every new failure of run ${MAIN}](${APP}/runs/${MAIN}?status=new)`);
  expect(markdown).toContain('No new failures.\n\nAlready failing: 0 · fixed: 10 · flaky: not checked.');
  // Copying asks the API nothing.
  expect(await apiLog(request)).toEqual([]);

  // A new failure leads to its output screen.
  const first = linux.locator('.pr-rows').first().getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/runs/${MAIN}/samples/\\d+/regressions/\\d+/outputs/\\d+$`));
  await first.click();
  await expect(page).toHaveURL(`${APP}${href}`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  await watch.expectClean();
});

test('the runs list links each pull request to its page, and a bad number is a bad link', async ({ page, request }) => {
  await liftFaults(request);
  await signInAt(page, '/');
  const link = page.getByRole('link', { name: 'All runs of pull request #1724' }).first();
  await expect(link).toHaveAttribute('href', '/pr/1724');
  await page.goto('/pr/0');
  await expect(page.getByRole('heading', { name: 'Bad link' })).toBeVisible();
});

test('a first visit straight to the page, and checking every failure for flaky tests, stay within 120 reads', async ({ page, request }) => {
  await liftFaults(request);
  await forgetLog(request);
  await signInAt(page, '/pr/1724');
  const linux = page.getByRole('article', { name: /^linux/ });
  await expect(linux.getByRole('list', { name: 'linux: counts against the base run' })).toContainText('51 new failures', {
    timeout: 15_000,
  });
  await expect(page.getByRole('article', { name: /^windows/ }).getByText(/Compared with run 9460/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const visit = (await apiLog(request)).filter((entry) => entry.method === 'GET');
  console.log(`API reads of a first visit to /pr/1724: ${visit.length}`);
  expect(visit.length, visit.map((entry) => entry.path).join('\n')).toBeLessThanOrEqual(20);

  await page.getByRole('button', { name: 'Check for flaky tests' }).click();
  await expect(page.getByText(/1 flaky \(checked \d+ failures\)/)).toBeVisible({ timeout: 15_000 });
  await expect(linux.getByRole('list', { name: 'linux: counts against the base run' })).toContainText('1 flaky');
  const all = (await apiLog(request)).filter((entry) => entry.method === 'GET');
  console.log(`… and with the flaky check: ${all.length}`);
  expect(all.length).toBeLessThanOrEqual(120);
});

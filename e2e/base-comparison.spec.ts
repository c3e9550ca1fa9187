// A run compared with its base run, and an output compared with another run's (issue 17), in Chromium against the
// production build and the HTTP mock server. The mock server's log counts a first visit's reads: the API allows
// 120 a minute.
import { expect, test } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { APP } from '../scripts/e2e-ports.mjs';
import { apiLog, FAULTS_LOCK, forgetLog, liftFaults, signInAt, watchPage } from './support/faults';

// The request log is kept per token; the fault token's log is shared with the fault suite, hence its lock.
test.describe.configure({ lock: FAULTS_LOCK });

const MAIN = scenarios.runs.mainFailing;
const BASE = scenarios.runs.masterBase.linux;
const FLAKY = scenarios.runs.flakyRegression;
// Regression test 251 tests sample 40; its one output is 1058.
const FLAKY_OUTPUT = `/runs/${MAIN}/samples/40/regressions/${FLAKY}/outputs/1058`;

test('a run says which failures are new since its base run, within the read limit, and filters by class', async ({ page, request }) => {
  await liftFaults(request);
  await forgetLog(request);
  const watch = await watchPage(page);
  await signInAt(page, `/runs/${MAIN}`);
  const comparison = page.getByRole('region', { name: 'Compared with the base run' });
  await expect(comparison.getByRole('link', { name: `run ${BASE}` })).toBeVisible({ timeout: 15_000 });
  await expect(comparison).toContainText(`Compared with run ${BASE} (master, linux,`);
  await expect(comparison.getByRole('button', { name: /new failures/ })).toHaveText('51 new failures');
  await expect(comparison.getByRole('button', { name: /already failing/ })).toHaveText('7 already failing');
  await expect(comparison.getByRole('button', { name: /fixed/ })).toHaveText('3 fixed');
  await expect(comparison.getByRole('button', { name: /not in base/ })).toHaveText('1 not in base');
  const rows = page.getByRole('table', { name: 'Samples of this run' }).getByRole('row');
  await expect(rows.nth(1).locator('.base-word').first()).toHaveText('new failure');

  // A first visit of a run of 254 results: its own reads, the base run's, caption labels and the flaky checks of
  // the rows on screen.
  await page.waitForLoadState('networkidle');
  const reads = (await apiLog(request)).filter((entry) => entry.method === 'GET');
  expect(reads.length, reads.map((entry) => entry.path).join('\n')).toBeLessThanOrEqual(120);
  expect(reads.filter((entry) => /(^|\/)runs\?/.test(entry.path))).toHaveLength(1);
  console.log(`API reads of a first visit to run ${MAIN} (sign-in included): ${reads.length}`);

  await comparison.getByRole('button', { name: /already failing/ }).click();
  await expect(page).toHaveURL(`${APP}/runs/${MAIN}?status=already`);
  for (const row of await rows.all()) {
    if (await row.getByRole('columnheader').count()) continue;
    await expect(row.getByText('already failing')).toBeVisible();
  }
  // The flaky one (sample 40) says so, and why, once its row is near the screen (its history is read then).
  const flakyRow = rows.filter({ hasText: 'WGBH_Nova_2010-02-09.mpg' });
  await flakyRow.scrollIntoViewIfNeeded();
  const flaky = flakyRow.locator('.badge', { hasText: 'flaky' });
  await expect(flaky).toBeVisible();
  await expect(flaky).toHaveAttribute('title', /^Flaky: flipped between pass and fail \d+ times .*9445.*9459/);

  // The link survives a reload; ?base=none turns the comparison off.
  await page.reload();
  await expect(comparison.getByRole('button', { name: /already failing/ })).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });
  await comparison.getByRole('button', { name: 'Compare with no run' }).click();
  await expect(page).toHaveURL(`${APP}/runs/${MAIN}?base=none`);
  await expect(comparison).toContainText('Not compared with a base run.');
  await watch.expectClean();
});

test('an output compared with the base run’s actual file and with the other platform’s, by URL', async ({ page, browser, request }) => {
  await liftFaults(request);
  const watch = await watchPage(page);
  await signInAt(page, FLAKY_OUTPUT);
  const compareWith = page.getByLabel('Compare with');
  await expect(compareWith).toHaveValue('');
  await compareWith.focus();
  await expect(compareWith.locator('option', { hasText: `base run ${BASE}` })).toHaveCount(1, { timeout: 15_000 });
  await compareWith.selectOption(String(BASE));
  await expect(page).toHaveURL(`${APP}${FLAKY_OUTPUT}?against=${BASE}`);
  const title = `Actual in run ${MAIN} vs actual in run ${BASE}`;
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout: 15_000 });
  // Both columns name their run; line numbers link into the two actual files.
  await expect(page.locator('.diff-columns')).toHaveText(`Actual in run ${BASE}Actual in run ${MAIN}`);
  const firstLink = page.getByRole('link', { name: new RegExp(`^Actual in run ${MAIN} line \\d+`) }).first();
  await firstLink.click();
  await expect(page).toHaveURL(new RegExp(`\\?against=${BASE}#R\\d+$`));

  // A colleague opening the link sees the same comparison.
  const link = page.url();
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await signInAt(other, new URL(link).pathname + new URL(link).search + new URL(link).hash);
  await expect(other.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout: 15_000 });
  await colleague.close();

  // The other platform's run of the commit matched its expected file: that file stands for its output.
  await compareWith.selectOption({ label: `other platform (run ${scenarios.runs.windowsPass}, windows)` });
  await expect(page).toHaveURL(new RegExp(`\\?against=${scenarios.runs.windowsPass}`));
  await expect(page.getByText(`Run ${scenarios.runs.windowsPass} matched its expected file: that file stands for its output.`)).toBeVisible(
    {
      timeout: 15_000,
    },
  );
  await compareWith.selectOption('');
  await expect(page).toHaveURL(`${APP}${FLAKY_OUTPUT}`);
  await expect(page.getByRole('heading', { level: 2, name: /Differs from expected/ })).toBeVisible();
  await watch.expectClean();
});

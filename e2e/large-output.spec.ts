// A 40,000-line output where every line differs, in the production build: the first hunk shows, only rows near
// the viewport are in the DOM, the browser's full diff falls back to side by side, and scrolling to the end, a
// #R39999 link and "Find in diff" all reach rows that were not rendered. Timings live in `npm run bench`.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, signIn } from './support/app';

const ALL_CHANGED = scenarios.largeOutputs.allChanged[40_000];
const SCATTERED = scenarios.largeOutputs.scattered[40_000];
const MAX_ROWS = 2_000;

const rowCount = (page: Page) => page.evaluate(() => document.querySelectorAll('tr, [role="row"]').length);

test.describe.configure({ timeout: 90_000 });

test('a 40,000-line all-different output: first hunk, bounded rows, side by side, the end of the file', async ({ page }) => {
  await signIn(page, { path: outputPath(ALL_CHANGED) });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  // The server's diff is capped at 500 lines, all removed ones: the actual side comes with the full diff.
  await expect(page.getByLabel('Expected line 1', { exact: true })).toBeVisible();
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);

  await page.getByRole('button', { name: 'Compute full diff' }).click();
  await expect(page.getByText(/The files differ almost everywhere: showing them side by side/)).toBeVisible({ timeout: 30_000 });
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByLabel('Actual line 40000', { exact: true })).toBeInViewport();
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
});

test('a #R39999 link into an all-different output computes the full diff and shows that line', async ({ page }) => {
  await signIn(page, { path: `${outputPath(ALL_CHANGED)}#R39999` });
  await expect(page.getByText(/The files differ almost everywhere/)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#R39999')).toBeInViewport();
  await expect(page.locator('#R39999')).toHaveClass(/is-target/);
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
});

test('"Find in diff" finds a match near the end of a long diff and scrolls to it', async ({ page }) => {
  await signIn(page, { path: outputPath(SCATTERED) });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
  // One cue in 50 is changed, so cue 9,957 of 10,000 is in the 200th and last hunk, far from the rendered rows.
  await expect(page.getByRole('region', { name: /^Hunk 200 of 200$/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Find in diff' }).fill('9957');
  await expect(page.getByRole('search', { name: 'Find in diff' })).toContainText(/1 of \d+/);
  const hunk = page.getByRole('region', { name: /^Hunk 200 of 200$/ });
  await expect(hunk).toBeInViewport();
  await expect(hunk.locator('.is-target').first()).toBeVisible();
});

test('scrolling through a long diff keeps the DOM bounded', async ({ page }) => {
  await signIn(page, { path: outputPath(SCATTERED) });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), fraction);
    await expect(page.locator('section.hunk').first()).toBeVisible();
    expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
  }
  // Hunks measured on the way down can make the page taller than estimated: the end moves, as it would for a
  // reader pressing End, who presses it again.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.getByRole('region', { name: /^Hunk 200 of 200$/ })).toBeInViewport({ timeout: 1000 });
  }).toPass();
  expect(await rowCount(page)).toBeLessThan(MAX_ROWS);
});

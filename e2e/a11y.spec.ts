// The keyboard-help overlay under axe-core, and the theme switch (the screens themselves: every-screen.spec.ts).
import { expect, test } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';
import { seriousViolations } from './support/checks';

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('keyboard help overlay: no serious or critical violations', async ({ page }) => {
  await signIn(page, { path: outputPath(scenarios.differs) });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the theme switch overrides the system and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page, { path: outputPath(scenarios.differs) });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  const lightBackground = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);

  await theme.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await expect(page.locator('body')).not.toHaveCSS('background-color', lightBackground);
  // The diff follows: its rows take the dark surface too.
  const diffBackground = await page
    .locator('.hunk-viewer table')
    .first()
    .evaluate((table) => getComputedStyle(table).backgroundColor);
  expect(diffBackground).toBe('rgb(22, 27, 34)');
  expect(await seriousViolations(page)).toEqual([]);

  // Remembered across a reload (and a new tab of this browser), whatever the system says.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Following the system again follows its changes.
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
});

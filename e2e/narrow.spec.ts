// At 400 px the split view shows unified while the URL keeps the user's choice (every screen fitting 400 px:
// every-screen.spec.ts).
import { expect, test } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';
import { overflow } from './support/checks';

test.use({ viewport: { width: 400, height: 800 } });

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('the split view shows unified below 900 px, the URL keeps "split", and it comes back when wider', async ({ page }) => {
  const path = `${outputPath(scenarios.differs)}?view=split`;
  await signIn(page, { path });
  await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
  await expect(page.locator('.hunk-viewer--unified').first()).toBeVisible();
  await expect(page.locator('.hunk-viewer--split')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Showing unified' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Split' })).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('view')).toBe('split');

  // A long line wraps inside its cell; the diff never pushes the page wider.
  expect(await overflow(page)).toEqual({ beyond: 0, offenders: [] });

  await page.setViewportSize({ width: 1200, height: 800 });
  await expect(page.locator('.hunk-viewer--split').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing unified' })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('view')).toBe('split');
});

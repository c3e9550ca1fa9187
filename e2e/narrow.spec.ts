// At 400 px: every screen fits the window (only the diff scrolls sideways, inside itself), and the split view shows
// unified while the URL keeps the user's choice.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';
import { SCREENS } from './support/screens';

test.use({ viewport: { width: 400, height: 800 } });

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

/** How far the page reaches past the window's right edge, and the widest offenders when it does. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const beyond = document.documentElement.scrollWidth - width;
    const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { beyond, offenders: beyond > 0 ? offenders : [] };
  });
}

for (const [name, screen] of Object.entries(SCREENS)) {
  test(`${name} fits 400 px without scrolling sideways`, async ({ page }) => {
    if (screen.signedOut) await page.goto(screen.path);
    else await signIn(page, { path: screen.path });
    await expect(screen.ready(page)).toBeVisible();
    expect(await overflow(page)).toEqual({ beyond: 0, offenders: [] });
  });
}

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

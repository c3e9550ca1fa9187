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

test('a long sample name is cut in the middle: its end stays on screen, its link and tooltip give it whole', async ({ page }) => {
  const name = 'NRK1_Dagsrevyen_2014-09-03_1900_full_DVB-T_mux_capture_with_dvbsub_and_teletext_1080i.ts';
  await signIn(page, { path: `/runs/${scenarios.runs.mainFailing}` });
  const link = page.getByRole('table', { name: 'Samples of this run' }).getByRole('link', { name, exact: true });
  await link.scrollIntoViewIfNeeded();
  const cut = link.locator('.middle-truncate');
  await expect(cut).toHaveAttribute('data-truncated', '');
  await expect(cut).toHaveAttribute('data-tail', '_1080i.ts');
  // The tail is drawn whole inside the row: its box ends where the name's box ends, within the window.
  const box = await cut.evaluate((el) => {
    const tail = getComputedStyle(el, '::after');
    return { right: el.getBoundingClientRect().right, tail: tail.content, tailWidth: parseFloat(tail.width) };
  });
  expect(box.tail).toBe('"_1080i.ts" / ""');
  expect(box.tailWidth).toBeGreaterThan(40);
  expect(box.right).toBeLessThanOrEqual(400);
  expect(await link.textContent()).toBe(name);

  // The keyboard's tooltip on its own: a pointer resting on the list hovers whatever name a scroll brings under it,
  // and the latest hover or focus shows its tooltip (one at a time, src/components/middle-truncate.test.tsx).
  await page.mouse.move(0, 0);
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText(name);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

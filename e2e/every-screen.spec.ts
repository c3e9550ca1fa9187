// Every screen and state of the viewer (e2e/support/screens.ts), opened once: axe-core finds no serious or critical
// violation at desktop width in the light theme, nor at 400 px in the dark theme, where nothing but the diff's own
// scroll area may reach past the window's edge.
import { expect, test } from '@playwright/test';
import { resetMock, signIn } from './support/app';
import { overflow, seriousViolations } from './support/checks';
import { SCREENS } from './support/screens';

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

// axe walks every node; the diff screens have thousands.
test.describe.configure({ timeout: 60_000 });

for (const [name, screen] of Object.entries(SCREENS)) {
  test(`${name}: accessible in light and dark, and fits 400 px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    if (screen.signedOut) await page.goto(screen.path);
    else await signIn(page, { path: screen.path });
    await expect(screen.ready(page)).toBeVisible();
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
    expect(await seriousViolations(page), 'light, desktop').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 400, height: 800 });
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
    await expect(screen.ready(page)).toBeVisible();
    // Layout follows the resize (the split view turns unified): wait for it to settle.
    await expect.poll(() => overflow(page)).toEqual({ beyond: 0, offenders: [] });
    expect(await seriousViolations(page), 'dark, 400 px').toEqual([]);
  });
}

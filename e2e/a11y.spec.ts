// The keyboard-help overlay under axe-core, the theme switch, and the output screens under the rules axe leaves off
// (the screens themselves: every-screen.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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

// Rules Lighthouse runs that axe leaves off by default: WCAG 2.2's target size (wcag22aa, disabled) and the table
// headers of the diff (td-has-header is experimental). Each must have run on something, or the check proves nothing.
const OUTPUT_RULES = ['target-size', 'td-has-header', 'th-has-data-cells', 'td-headers-attr'];

async function outputRuleResults(page: Page) {
  // options() first: it replaces the options withRules() sets.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withRules(OUTPUT_RULES)
    .analyze();
  return {
    violations: results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
    passed: results.passes.map((p) => p.id),
  };
}

for (const [name, size] of [
  ['wide', { width: 1350, height: 940 }],
  ['narrow', { width: 412, height: 823 }],
] as const) {
  test(`output screens (${name}): line numbers are 24 px targets, the diff's cells have headers`, async ({ page }) => {
    await page.setViewportSize(size);
    await signIn(page, { path: outputPath(scenarios.differs) });
    await expect(page.getByRole('region', { name: /^Hunk 1 of/ })).toBeVisible();
    const differs = await outputRuleResults(page);
    expect(differs.violations).toEqual([]);
    expect(differs.passed).toEqual(expect.arrayContaining(['target-size', 'td-has-header', 'th-has-data-cells']));

    await page.goto(outputPath(scenarios.matched));
    await expect(page.getByRole('heading', { name: 'Matched expected' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Expected line 1', exact: true })).toBeVisible();
    const matched = await outputRuleResults(page);
    expect(matched.violations).toEqual([]);
    expect(matched.passed).toContain('target-size');
  });
}

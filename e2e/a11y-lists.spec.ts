// The list screens under axe-core with WCAG 2.2's rules on (issue 19): the runs list, a run, a sample and a pull
// request's page, wide and on a phone, once everything they load late has arrived. Axe leaves `target-size` (tag
// wcag22aa) off by default; Lighthouse runs it, and it found the runs list's commit links too small on a phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { resetMock, signIn } from './support/app';

const MAIN = scenarios.runs.mainFailing;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every violation (of any impact: Lighthouse's score counts them all), with a few of the elements at fault. */
async function violations(page: Page) {
  // options() first: it replaces the options withTags() sets.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .analyze();
  return {
    violations: results.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    ),
    ran: [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id),
  };
}

type Screen = { name: string; path: string; ready: (page: Page) => Promise<void> };

const SCREENS: Screen[] = [
  {
    name: 'the runs list',
    path: '/',
    ready: async (page) => {
      await expect(page.getByRole('table').first().getByRole('link', { name: /^PR #/ }).first()).toBeVisible({ timeout: 15_000 });
    },
  },
  {
    name: `run ${MAIN}`,
    path: `/runs/${MAIN}`,
    ready: async (page) => {
      const comparison = page.getByRole('region', { name: 'Compared with the base run' });
      await expect(comparison.getByRole('button', { name: /new failures/ })).toBeVisible({ timeout: 15_000 });
      const table = page.getByRole('table', { name: 'Samples of this run' });
      await table.getByRole('row').nth(1).scrollIntoViewIfNeeded();
      await expect(table.locator('.caption-label .tag').first()).toBeVisible({ timeout: 15_000 });
    },
  },
  {
    name: 'a sample',
    path: `/runs/${MAIN}/samples/${scenarios.differs.sampleId}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: /Regression tests in run/ })).toContainText('failing', { timeout: 15_000 });
      await expect(page.getByRole('list', { name: /^Last \d+ results? on linux/ }).first()).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('heading', { name: 'History across runs' })).toBeVisible();
    },
  },
  {
    name: 'pull request 1724',
    path: '/pr/1724',
    ready: async (page) => {
      const linux = page.getByRole('article', { name: /^linux/ });
      await expect(linux.getByRole('list', { name: 'linux: counts against the base run' })).toContainText('new failures', {
        timeout: 15_000,
      });
      await expect(page.getByRole('article', { name: /^windows/ }).getByText('No new failures.')).toBeVisible();
    },
  },
];

const SIZES = [
  { size: 'desktop', viewport: { width: 1350, height: 940 } },
  { size: 'narrow', viewport: { width: 412, height: 823 } },
];

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

// target-size measures every focusable element against its neighbours: on the runs list's hundreds of links that takes
// over a minute on a loaded 2-core machine.
test.setTimeout(180_000);

for (const { size, viewport } of SIZES) {
  test.describe(size, () => {
    test.use({ viewport });
    for (const screen of SCREENS) {
      test(`${screen.name} (${size}): no axe violation, 24 px targets included`, async ({ page }) => {
        await signIn(page, { path: screen.path });
        await screen.ready(page);
        await page.waitForLoadState('networkidle');
        const { violations: found, ran } = await violations(page);
        // The rule must have looked at the page, or its silence proves nothing.
        expect(ran).toContain('target-size');
        expect(found).toEqual([]);
      });
    }
  });
}

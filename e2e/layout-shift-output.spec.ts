// Nothing moves on the output screen: cumulative layout shift stays under 0.02 while the diff, both files and the
// regression test arrive one after another, well after the first paint (each request held back a little longer),
// on a wide and a narrow window. Measured as Lighthouse counts it (support/layout-shift.ts).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';
import { describeShifts, layoutShift, watchLayoutShifts } from './support/layout-shift';

type Screen = { name: string; path: string; ready: (page: Page) => Locator[] };

const hunk = (page: Page) => page.getByRole('region', { name: /^Hunk 1 of/ });
const facts = (page: Page, side: 'Expected' | 'Actual') => page.getByRole('group', { name: `${side} file` }).getByText(/\d lines?$/);
const failures = (page: Page) => page.getByRole('navigation', { name: 'Failures in this run' }).getByText(/failure|failing/);

const SCREENS: Screen[] = [
  {
    name: 'differing output',
    path: outputPath(scenarios.differs),
    ready: (page) => [
      hunk(page),
      facts(page, 'Expected'),
      facts(page, 'Actual'),
      page.getByRole('button', { name: 'Approve as expected' }),
      failures(page),
    ],
  },
  {
    name: 'matched output',
    path: outputPath(scenarios.matched),
    ready: (page) => [page.getByRole('heading', { name: 'Matched expected' }), facts(page, 'Expected'), failures(page)],
  },
  {
    name: 'missing output',
    path: outputPath(scenarios.missingOutput),
    ready: (page) => [
      page.getByRole('region', { name: 'Missing output' }).getByRole('button', { name: 'Show the expected file' }),
      page.getByRole('button', { name: 'Download expected', disabled: false }),
      failures(page),
    ],
  },
  {
    name: '40,000-line output',
    path: outputPath(scenarios.largeOutputs.scattered[40_000]),
    ready: (page) => [hunk(page), facts(page, 'Expected'), facts(page, 'Actual')],
  },
];

const VIEWPORTS = [
  { name: 'desktop', size: { width: 1350, height: 940 } },
  { name: 'narrow', size: { width: 412, height: 823 } },
];

/** Holds back the requests that arrive after the first paint: the regression test, then the diff, then each file. */
async function slowLateRequests(page: Page) {
  const delays: [RegExp, number][] = [
    [/\/regression-tests\/\d+$/, 300],
    [/\/diff(\?|$)/, 600],
    [/\/expected(\?|$)/, 900],
    [/\/actual(\?|$)/, 1200],
  ];
  await page.route(
    (url) => url.pathname.includes('/api/v1/') && delays.some(([pattern]) => pattern.test(url.pathname + url.search)),
    async (route) => {
      const url = new URL(route.request().url());
      const delay = delays.find(([pattern]) => pattern.test(url.pathname + url.search))?.[1] ?? 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    },
  );
}

test.describe.configure({ timeout: 90_000 });

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.name} (${viewport.size.width} px)`, () => {
    test.use({ viewport: viewport.size });

    for (const screen of SCREENS) {
      test(`${screen.name}: nothing moves while its parts arrive`, async ({ page }) => {
        await resetMock(page);
        await watchLayoutShifts(page);
        await signIn(page, { path: screen.path });
        // A cold load of the deep link, signed in, with the late parts late.
        await slowLateRequests(page);
        await page.reload();
        for (const part of screen.ready(page)) await expect(part.first()).toBeVisible({ timeout: 30_000 });
        // What follows the last response (decoding, the workers' notes) has its moment too.
        await page.waitForTimeout(1500);
        const result = await layoutShift(page);
        expect(result.cls, describeShifts(result)).toBeLessThan(0.02);
      });
    }
  });
}

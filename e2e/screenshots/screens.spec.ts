// Every screen at desktop and narrow widths, light and dark, written to SCREENSHOT_DIR for a person to look at.
// Not part of `npm test` (they assert nothing a reviewer's eyes would not): `npm run screenshots`.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from '../support/app';

const dir = process.env.SCREENSHOT_DIR ?? 'screenshots';
/** SCREENSHOT_WIDTHS=1280,400 for other widths. */
const widths = process.env.SCREENSHOT_WIDTHS?.split(',').map(Number) ?? [1400, 420];
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

const screens: Record<string, { path: string; ready: (page: Page) => ReturnType<Page['getByRole']> }> = {
  signin: { path: '/signin', ready: (page) => page.getByRole('button', { name: 'Sign in' }) },
  runs: { path: '/', ready: (page) => page.getByRole('table').first() },
  run: { path: `/runs/${scenarios.runs.mainFailing}`, ready: (page) => page.getByRole('table', { name: 'Samples of this run' }) },
  sample: {
    path: `/runs/${scenarios.runs.mainFailing}/samples/${scenarios.exitCodeMismatch.sampleId}`,
    ready: (page) => page.getByRole('table', { name: /Results of this sample/ }),
  },
  differs: { path: outputPath(scenarios.differs), ready: (page) => page.getByRole('heading', { name: 'Differs from expected' }) },
  'long-name-sample': {
    path: `/runs/${scenarios.runs.mainFailing}/samples/${scenarios.longName.sampleId}`,
    ready: (page) => page.getByRole('table', { name: /Results of this sample/ }),
  },
  'long-name-output': { path: outputPath(scenarios.longName), ready: (page) => page.getByRole('heading', { name: 'Differs from expected' }) },
  matched: { path: outputPath(scenarios.matched), ready: (page) => page.getByRole('heading', { name: 'Matched expected' }) },
  missing: { path: outputPath(scenarios.missingOutput), ready: (page) => page.getByRole('heading', { name: 'Missing output' }) },
  'caption-verdict': { path: outputPath(scenarios.captionEncoding), ready: (page) => page.getByText(/^Only the encoding of non-ASCII characters differs/) },
  cues: { path: `${outputPath(scenarios.captionMixed)}?view=cues#C4`, ready: (page) => page.getByRole('table', { name: 'Cues, expected and actual' }) },
  'cues-split': { path: `${outputPath(scenarios.captionSplit)}?view=cues&only=text`, ready: (page) => page.getByRole('table', { name: 'Cues, expected and actual' }) },
  'not-found': { path: '/runs/999999', ready: (page) => h1(page, /./) },
  'mismatched-link': {
    path: `/runs/${scenarios.differs.runId}/samples/${scenarios.differs.sampleId}/regressions/${scenarios.exitCodeMismatch.regressionId}/outputs/${scenarios.exitCodeMismatch.outputId}`,
    ready: (page) => h1(page, 'Bad link'),
  },
  whitespace: { path: outputPath(scenarios.trailingWhitespace), ready: (page) => page.getByText('Whitespace only', { exact: true }) },
  'whitespace-hidden': {
    path: `${outputPath(scenarios.trailingWhitespace)}?w=1`,
    ready: (page) => page.getByRole('status').filter({ hasText: 'Nothing but whitespace differs' }),
  },
  'legacy-choice': { path: '/test/ccextractor/0.95', ready: (page) => h1(page, /^Choose a run/) },
  'legacy-failure': { path: '/regression/test/99999/view', ready: (page) => h1(page, 'This link could not be opened') },
};

for (const [name, screen] of Object.entries(screens)) {
  for (const width of widths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} at ${width}px, ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme });
        const page = await context.newPage();
        await resetMock(page);
        if (name === 'signin') await page.goto(screen.path);
        else await signIn(page, { path: screen.path });
        await expect(screen.ready(page)).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${dir}/${name}-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      });
    }
  }
}

// The screens and states of the viewer, each with what shows it is ready: shared by the axe scans
// and narrow-viewport checks of every-screen.spec.ts.
import type { Locator, Page } from '@playwright/test';
import { scenarios } from '../../src/testing/mocks/scenarios';
import { outputPath } from './app';

export type Screen = { path: string; signedOut?: boolean; ready: (page: Page) => Locator };

const MAIN = scenarios.runs.mainFailing;
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const hunk = (page: Page) => page.getByRole('region', { name: /^Hunk 1 of/ });

export const SCREENS: Record<string, Screen> = {
  'sign-in': { path: '/signin', signedOut: true, ready: (page) => page.getByRole('button', { name: 'Sign in' }) },
  runs: { path: '/', ready: (page) => page.getByRole('table').first() },
  run: { path: `/runs/${MAIN}`, ready: (page) => page.getByRole('table', { name: 'Samples of this run' }) },
  sample: {
    path: `/runs/${MAIN}/samples/${scenarios.exitCodeMismatch.sampleId}`,
    ready: (page) => page.getByRole('table', { name: /Results of this sample/ }),
  },
  'sample with a long name': {
    path: `/runs/${MAIN}/samples/${scenarios.longName.sampleId}`,
    ready: (page) => page.getByRole('table', { name: /Results of this sample/ }),
  },
  'output of a long-named sample': { path: outputPath(scenarios.longName), ready: hunk },
  'output differs, split': { path: outputPath(scenarios.differs), ready: hunk },
  'output differs, unified': { path: `${outputPath(scenarios.differs)}?view=unified`, ready: hunk },
  'output differs, whitespace only': { path: outputPath(scenarios.trailingWhitespace), ready: hunk },
  'output matched': { path: outputPath(scenarios.matched), ready: (page) => page.getByRole('heading', { name: 'Matched expected' }) },
  'output missing': { path: outputPath(scenarios.missingOutput), ready: (page) => page.getByRole('heading', { name: 'Missing output' }) },
  'output no baseline': {
    path: outputPath(scenarios.missingExpected),
    ready: (page) => page.getByRole('heading', { name: 'No expected baseline' }),
  },
  'not found': { path: `/runs/${scenarios.notFound.unknownRunId}`, ready: (page) => page.getByRole('heading', { name: /Not found/ }) },
  'bad link': { path: '/runs/abc', ready: (page) => h1(page, /./) },
  'output link with ids of two outputs': {
    path: `/runs/${scenarios.differs.runId}/samples/${scenarios.differs.sampleId}/regressions/${scenarios.exitCodeMismatch.regressionId}/outputs/${scenarios.exitCodeMismatch.outputId}`,
    ready: (page) => h1(page, 'Bad link'),
  },
  'legacy link, choose a run': { path: '/test/ccextractor/0.95', ready: (page) => h1(page, /^Choose a run/) },
  'legacy link, cannot be opened': { path: '/regression/test/99999/view', ready: (page) => h1(page, 'This link could not be opened') },
};

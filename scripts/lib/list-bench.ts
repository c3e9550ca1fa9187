// The list benchmarks and profiles: a run of 1,000 samples served in the browser (page.route) from a real run's
// results, and how both measure its screens.
import type { CDPSession, Page } from '@playwright/test';
import type { RunSample } from '../../src/testing/mocks/data/api-types';
import { largeRun, largeRunPage } from '../../src/testing/large-run';

/**
 * A run of 1,000 samples, plus 100 regression tests of one sample: the real run's results, cloned. The results
 * are held back until `release()`, so a measurement can start once everything else on the screen is drawn.
 */
export async function routeLargeRun(page: Page, runId: number, sampleId: number) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/runs/${runId}/samples\\?`), async (route) => {
    const url = new URL(route.request().url());
    const real = (await (await route.fetch({ url: `${url.origin}${url.pathname}?limit=100&offset=0` })).json()) as { data: RunSample[] };
    const all = largeRun({
      results: 1_100,
      from: real.data,
      sampleOf: (i) => (i < 100 ? { id: sampleId, name: 'bench-regressions.ts' } : { id: 50_000 + i, name: `bench-sample-${i}.ts` }),
    });
    await released;
    await route.fulfill({ json: largeRunPage(all, url) });
  });
  return { release };
}

/** The run and sample screens of the large run, and a text that is on screen once their list is drawn. */
export function listScreens(runId: number, sampleId: number) {
  return {
    run: { path: `/runs/${runId}`, drawn: 'bench-sample-', items: 1_000 },
    sample: { path: `/runs/${runId}/samples/${sampleId}`, drawn: 'Regression test 1000', items: 100 },
  } as const;
}

/** Waits until `text` is in the page (checked each frame); the page's clock then, in ms. */
export async function listDrawn(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction((t) => (document.body.textContent?.includes(t) ? Math.round(performance.now()) : false), text, {
    timeout: 60_000,
    polling: 'raf',
  });
  return (await handle.jsonValue()) as number;
}

/** The page's main-thread time so far, in ms, for each CDP metric named (`ScriptDuration`, `LayoutDuration`, …). */
export async function durationsMs(cdp: CDPSession, names: readonly string[]): Promise<number[]> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return names.map((name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
}

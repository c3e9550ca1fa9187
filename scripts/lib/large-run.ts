// A run of 1,000 samples for the list benchmarks and profiles, made in the browser from a real run (page.route),
// and how both measure its screens.
import type { CDPSession, Page } from '@playwright/test';

type Item = { regression_test_id: number; sample_id: number | null; sample_name: string | null; outputs: Array<{ output_id: number }> };

/**
 * A run of 1,000 samples, plus 100 regression tests of one sample: the real run's results, cloned. The results
 * are held back until `release()`, so a measurement can start once everything else on the screen is drawn.
 */
export async function routeLargeRun(page: Page, runId: number, sampleId: number) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/runs/${runId}/samples\\?`), async (route) => {
    const url = new URL(route.request().url());
    const real = (await (await route.fetch({ url: `${url.origin}${url.pathname}?limit=100&offset=0` })).json()) as { data: Item[] };
    const all = Array.from({ length: 1_100 }, (_, i) => {
      const item = real.data[i % real.data.length] as Item;
      const mine = i < 100;
      return {
        ...item,
        regression_test_id: 100_000 + i,
        sample_id: mine ? sampleId : 50_000 + i,
        sample_name: mine ? `bench-regressions.ts` : `bench-sample-${i}.ts`,
        outputs: item.outputs.map((o, j) => ({ ...o, output_id: 1_000_000 + i * 10 + j })),
      };
    });
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const next = offset + limit < all.length ? offset + limit : null;
    await released;
    await route.fulfill({ json: { data: all.slice(offset, offset + limit), pagination: { limit, offset, total: all.length, next_offset: next } } });
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
  const handle = await page.waitForFunction((t) => (document.body.textContent?.includes(t) ? Math.round(performance.now()) : false), text, { timeout: 60_000, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

/** The page's main-thread time so far, in ms, for each CDP metric named (`ScriptDuration`, `LayoutDuration`, …). */
export async function durationsMs(cdp: CDPSession, names: readonly string[]): Promise<number[]> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return names.map((name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
}

// `npm run bench`: how fast the output screen shows large diffs, against a naive baseline, in headless Chromium.
// Builds the app and, on its own, the baseline page (vite --mode bench-baseline) into dist-bench (BENCH_SKIP_BUILD=1 reuses it),
// starts the HTTP mock API and a preview on ports of their own (4610 / 4673, moved by E2E_PORT_OFFSET), then
// for 100 to 40,000 lines, scattered changes and every line changed, measures from navigation to the first
// changed row on screen, the rendered rows, the longest main-thread task and the JS heap. Prints a JSON table
// (also written to bench-results/bench.json) and a summary; exits non-zero when a goal is missed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { DIST_SUFFIX } from './e2e-ports.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { firstVisible, run, signInOnce, start, stopAll, waitFor } from './lib/browser-harness';
import { serveBuild, throwawayCertificate } from './lib/build-server';
import { durationsMs, listDrawn, listScreens, routeLargeRun } from './lib/list-bench';
import { measureColdDeepLink, RTT_MS, type NetworkMeasure } from './lib/network-bench';
import { scenarios, type FileScenario } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const MOCK_PORT = 4610 + offset;
const APP_PORT = 4673 + offset;
const API = `http://127.0.0.1:${MOCK_PORT}/api/v1`;
const APP = `http://127.0.0.1:${APP_PORT}`;
/** The build served compressed, the API proxied under its own origin's /api/v1: the network case. */
const NET_PORT = 4676 + offset;
const NET_APP = `http://127.0.0.1:${NET_PORT}`;
/** The same over HTTP/2 (TLS), as docs/deploy.md recommends serving it. */
const NET_H2_PORT = 4677 + offset;
const NET_H2_APP = `https://127.0.0.1:${NET_H2_PORT}`;
const NETWORK_SIZES = [100, 2_000] as const;
const NETWORK_ROUNDS = 3;
const OUT_DIR = `dist-bench${DIST_SUFFIX}`;
/** How long the baseline gets per case before it counts as "> cap". */
const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 30_000);
const SIZES = [100, 2_000, 10_000, 40_000] as const;
const LIST_SCRIPT_GOAL_MS = 60;
/** The headline sizes (where maintainers spend most of their time): the median of this many loads of each page. */
const HEADLINE_LINES = 2_000;
const HEADLINE_ROUNDS = 5;
const LIST_ROUNDS = 9;
const CHANGES = ['scattered', 'allChanged'] as const;
/** A changed row of react-diff-viewer-continued, in the app and in the baseline alike. */
const CHANGED_ROW = '[class*="diff-removed"], [class*="diff-added"]';

type Measure = { firstHunkMs: number | null; rows: number; longestTaskMs: number; heapMb: number };
type Case = {
  lines: number;
  change: (typeof CHANGES)[number];
  app: Measure;
  baseline: Measure;
  ratio: number | null;
  fullDiffMs?: number | null;
  fullDiffLongestTaskMs?: number;
};

/** The entry chunk and what index.html preloads with it: the JavaScript every first visit downloads. */
function entrySizes() {
  const html = readFileSync(`${OUT_DIR}/index.html`, 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const gz = (file: string) => gzipSync(readFileSync(`${OUT_DIR}/${file}`)).length;
  const entryKb = entry ? gz(entry) / 1024 : NaN;
  const initialKb = entryKb + preloads.reduce((n, file) => n + gz(file) / 1024, 0);
  return { entryChunkGzipKb: round(entryKb), initialJsGzipKb: round(initialKb) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The load with the median time to the first changed row (one that never showed it counts as the slowest). */
const medianLoad = (loads: Measure[]) =>
  [...loads].sort((a, b) => (a.firstHunkMs ?? Infinity) - (b.firstHunkMs ?? Infinity))[Math.floor(loads.length / 2)] as Measure;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const outputPath = (s: FileScenario) => `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;

// Records long tasks from the very start of each page.
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(entry.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
};

async function collect(page: Page, firstHunkMs: number | null): Promise<Measure> {
  // Let work that follows the first paint (other windows, word diffs) show up in the long tasks.
  await page.waitForTimeout(1_000);
  return page.evaluate((first) => {
    const w = window as unknown as { __longTasks: number[] };
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      firstHunkMs: first,
      rows: document.querySelectorAll('tr, [role="row"]').length,
      longestTaskMs: Math.round(Math.max(0, ...w.__longTasks)),
      heapMb: Math.round(((memory?.usedJSHeapSize ?? 0) / 1_048_576) * 10) / 10,
    };
  }, firstHunkMs);
}

/** Milliseconds from navigation start to a changed row inside the viewport, or null past the cap. */
async function firstHunk(page: Page, url: string, capMs: number): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit' });
  return firstVisible(page, CHANGED_ROW, capMs);
}

async function measureApp(context: BrowserContext, s: FileScenario): Promise<Measure> {
  const page = await context.newPage();
  const first = await firstHunk(page, `${APP}${outputPath(s)}`, 60_000);
  const measure = await collect(page, first);
  await page.close();
  return measure;
}

/** The browser's own full diff (the "Compute full diff" button), for the capped all-different cases. */
async function measureFullDiff(context: BrowserContext, s: FileScenario): Promise<{ ms: number | null; longestTaskMs: number }> {
  const page = await context.newPage();
  await firstHunk(page, `${APP}${outputPath(s)}`, 60_000);
  // The button appears once both files have loaded.
  const button = page.getByRole('button', { name: 'Compute full diff' });
  try {
    await button.waitFor({ timeout: 30_000 });
  } catch {
    await page.close();
    return { ms: null, longestTaskMs: 0 };
  }
  const before = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
  const started = Date.now();
  await button.click();
  await page
    .getByText(/Showing the full diff|The files differ almost everywhere/)
    .first()
    .waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  await page.waitForTimeout(1_000);
  const longestTaskMs = await page.evaluate(
    (from) => Math.round(Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks.slice(from))),
    before,
  );
  await page.close();
  return { ms, longestTaskMs };
}

async function measureBaseline(browser: Browser, s: FileScenario, warm: boolean): Promise<Measure> {
  // A context per case: a baseline that never finishes must not slow the next one.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  await context.addInitScript((token) => localStorage.setItem('bench-token', token), DEMO_MAINTAINER_TOKEN);
  // Its bundle cached, as the app's is: the same page once, then the measured load.
  if (warm) await firstHunk(await context.newPage(), baselineUrl(s), CAP_MS);
  const page = await context.newPage();
  const first = await firstHunk(page, baselineUrl(s), CAP_MS);
  const measure = first === null ? { firstHunkMs: null, rows: 0, longestTaskMs: 0, heapMb: 0 } : await collect(page, first);
  await context.close();
  return measure;
}

function baselineUrl(s: FileScenario, app = APP, api = API) {
  const query = new URLSearchParams({
    api,
    run: String(s.runId),
    sample: String(s.sampleId),
    regression: String(s.regressionId),
    output: String(s.outputId),
  });
  return `${app}/bench/baseline.html?${query}`;
}

type ListMeasure = {
  screen: string;
  items: number;
  /** A cold load: navigation to the list on screen, and the scripting of the whole load (bundle included). */
  renderMs: number | null;
  scriptMs: number;
  longestTaskMs: number;
  /**
   * The screen drawn, its results held back: scripting from their arrival to the list on screen, and a second
   * later (median of LIST_ROUNDS loads).
   */
  listScriptMs: number | null;
  listSettledScriptMs: number | null;
};

const scriptDuration = async (cdp: CDPSession) => (await durationsMs(cdp, ['ScriptDuration']))[0] ?? 0;

async function warmList(context: BrowserContext, url: string, text: string) {
  const page = await context.newPage();
  (await routeLargeRun(page, scenarios.runs.mainFailing, scenarios.differs.sampleId)).release();
  await page.goto(url);
  await listDrawn(page, text);
  await page.close();
}

async function measureList(context: BrowserContext, screen: string, url: string, text: string, items: number): Promise<ListMeasure> {
  const cold = await context.newPage();
  (await routeLargeRun(cold, scenarios.runs.mainFailing, scenarios.differs.sampleId)).release();
  const coldCdp = await context.newCDPSession(cold);
  await coldCdp.send('Performance.enable');
  await cold.goto(url, { waitUntil: 'commit' });
  const renderMs = await listDrawn(cold, text).catch(() => null);
  await cold.waitForTimeout(1_000);
  const scriptMs = Math.round(await scriptDuration(coldCdp));
  const longestTaskMs = await cold.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)));
  await cold.close();

  // Scripting on a shared machine varies by a third between loads: the median of several.
  const drawn: number[] = [];
  const settled: number[] = [];
  for (let round = 0; round < LIST_ROUNDS; round += 1) {
    const page = await context.newPage();
    const results = await routeLargeRun(page, scenarios.runs.mainFailing, scenarios.differs.sampleId);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1_000);
    const before = await scriptDuration(cdp);
    results.release();
    if ((await listDrawn(page, text).catch(() => null)) !== null) {
      drawn.push((await scriptDuration(cdp)) - before);
      await page.waitForTimeout(1_000);
      settled.push((await scriptDuration(cdp)) - before);
    }
    await page.close();
  }
  console.log(`${screen}: scripting to the list drawn, each load: ${drawn.map((ms) => Math.round(ms)).join(', ')} ms`);
  const listScriptMs = drawn.length === LIST_ROUNDS ? Math.round(median(drawn)) : null;
  const listSettledScriptMs = settled.length === LIST_ROUNDS ? Math.round(median(settled)) : null;
  return { screen, items, renderMs, scriptMs, longestTaskMs, listScriptMs, listSettledScriptMs };
}

const show = (ms: number | null) => (ms === null ? `> ${CAP_MS / 1000} s` : `${ms} ms`);

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: see README (npm test installs one) or set PLAYWRIGHT_CHROMIUM_PATH.');
  if (!process.env.BENCH_SKIP_BUILD) {
    // The app as in production, then the baseline page on its own (vite.config.ts), into the same directory.
    for (const mode of ['production', 'bench-baseline'])
      run(`npx vite build --mode ${mode} --outDir ${OUT_DIR} --logLevel warn`, { VITE_API_BASE_URL: API, VITE_API_FILE_ROUTES: 'query' });
  }

  const servers = [
    start('npx tsx scripts/mock-api.ts', { PORT: String(MOCK_PORT) }),
    start(`npx vite preview --outDir ${OUT_DIR} --port ${APP_PORT} --strictPort`),
  ];
  const proxy = { prefix: '/api/v1/', target: `http://127.0.0.1:${MOCK_PORT}` };
  const netApp = await serveBuild(OUT_DIR, NET_PORT, { proxy });
  const tls = throwawayCertificate();
  if (!tls) console.log('No openssl: the network case is measured over HTTP/1.1 only.');
  const netH2App = tls ? await serveBuild(OUT_DIR, NET_H2_PORT, { proxy, tls }) : null;
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${MOCK_PORT}/__health`), waitFor(APP)]);
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(OBSERVE_LONG_TASKS);
    await signInOnce(context, APP);

    // BENCH_ONLY=diffs, =lists or =network measures one part (and judges only its goals), for quicker rounds while working.
    const only = process.env.BENCH_ONLY;
    const cases: Case[] = [];
    // BENCH_SIZES=40000 (comma-separated): only those sizes.
    const measured = process.env.BENCH_SIZES ? SIZES.filter((n) => process.env.BENCH_SIZES?.split(',').map(Number).includes(n)) : SIZES;
    for (const lines of only === 'lists' || only === 'network' ? [] : measured) {
      for (const change of CHANGES) {
        const s = scenarios.largeOutputs[change][lines];
        await measureApp(context, s); // warm the mock server's caches and the HTTP cache of the bundle
        // The headline sizes: app and baseline in turn, each the median of several loads (a single load moves by
        // half on a shared machine); the larger ones once each, the baseline cold (it may run for seconds).
        const headline = lines <= HEADLINE_LINES;
        const apps: Measure[] = [];
        const baselines: Measure[] = [];
        for (let round = 0; round < (headline ? HEADLINE_ROUNDS : 1); round += 1) {
          apps.push(await measureApp(context, s));
          if (headline) baselines.push(await measureBaseline(browser, s, true));
        }
        const app = medianLoad(apps);
        // Before the baseline: a baseline that ran to its cap may keep a core busy for a while after its page closed.
        const full = change === 'allChanged' && lines >= 10_000 ? await measureFullDiff(context, s) : null;
        const baseline = headline ? medianLoad(baselines) : await measureBaseline(browser, s, false);
        const entry: Case = {
          lines,
          change,
          app,
          baseline,
          ratio: app.firstHunkMs && baseline.firstHunkMs ? round(baseline.firstHunkMs / app.firstHunkMs) : null,
        };
        if (full) {
          entry.fullDiffMs = full.ms;
          entry.fullDiffLongestTaskMs = full.longestTaskMs;
        }
        cases.push(entry);
        console.log(
          `${String(lines).padStart(6)} lines ${change.padEnd(10)}  app ${show(app.firstHunkMs).padStart(8)} (${app.rows} rows, longest task ${app.longestTaskMs} ms)` +
            `   baseline ${show(baseline.firstHunkMs).padStart(8)} (${baseline.rows} rows)` +
            (entry.fullDiffMs !== undefined
              ? `   full diff ${show(entry.fullDiffMs)} (longest task ${entry.fullDiffLongestTaskMs} ms)`
              : ''),
        );
      }
    }
    const screens = listScreens(scenarios.runs.mainFailing, scenarios.differs.sampleId);
    const listCases = [
      { screen: 'run screen', ...screens.run },
      { screen: 'sample screen', ...screens.sample },
    ];
    const lists: ListMeasure[] = [];
    for (const { screen, path, drawn, items } of only === 'diffs' || only === 'network' ? [] : listCases) {
      await warmList(context, `${APP}${path}`, drawn); // as above: the caches, and the mock server's
      const list = await measureList(context, screen, `${APP}${path}`, drawn, items);
      lists.push(list);
      console.log(
        `${list.screen} with ${list.items}: list drawn with ${show(list.listScriptMs)} of scripting (${show(list.listSettledScriptMs)} a second later); cold load on screen ${show(list.renderMs)}, ${list.scriptMs} ms scripting, longest task ${list.longestTaskMs} ms`,
      );
    }
    const network: (Omit<NetworkMeasure, 'waterfall'> & { lines: number; page: 'app' | 'naive page' })[] = [];
    for (const lines of only === 'network' || !only ? NETWORK_SIZES : []) {
      const s = scenarios.largeOutputs.scattered[lines];
      // The API on another origin (the platform's server, CORS), or proxied on the app's own (served beside the
      // platform), over HTTP/1.1 and over HTTP/2 (one connection: no six-connection waves).
      const variants: { origin: NetworkMeasure['origin']; app: string; apiBase: string }[] = [
        { origin: 'cross-origin', app: NET_APP, apiBase: API },
        { origin: 'same-origin', app: NET_APP, apiBase: `${NET_APP}/api/v1` },
        ...(netH2App ? [{ origin: 'same-origin' as const, app: NET_H2_APP, apiBase: `${NET_H2_APP}/api/v1` }] : []),
      ];
      for (const { origin, app, apiBase } of variants) {
        const me: unknown = await (await fetch(`${API}/auth/me`, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } })).json();
        const session = JSON.stringify({
          token: DEMO_MAINTAINER_TOKEN,
          apiBaseUrl: apiBase,
          fileRoutes: 'query',
          me,
          checkedAt: Date.now(),
        });
        // The naive page over the same network too: where maintainers are, round trips weigh more than scripting.
        const pages = [
          {
            page: 'app' as const,
            url: `${app}${outputPath(s)}`,
            stored: { storage: 'sessionStorage' as const, key: 'ccx-viewer.session', value: session },
          },
          {
            page: 'naive page' as const,
            url: baselineUrl(s, app, apiBase),
            stored: { storage: 'localStorage' as const, key: 'bench-token', value: DEMO_MAINTAINER_TOKEN },
          },
        ];
        for (const { page, url, stored } of pages) {
          const runs: NetworkMeasure[] = [];
          for (let round = 0; round < NETWORK_ROUNDS; round += 1) {
            runs.push(await measureColdDeepLink(browser, { url, apiBase, stored, changedRow: CHANGED_ROW, origin }));
          }
          // The median load by time to the first row.
          runs.sort((a, b) => (a.firstRowMs ?? Infinity) - (b.firstRowMs ?? Infinity));
          const m = runs[Math.floor(runs.length / 2)] as NetworkMeasure;
          const { waterfall, ...measure } = m;
          network.push({ ...measure, lines, page });
          // BENCH_WATERFALL=1: the median load's requests, to see what is on the way to the first row.
          if (process.env.BENCH_WATERFALL)
            for (const r of waterfall) console.log(`  ${String(r.startMs).padStart(5)} → ${String(r.endMs).padStart(5)} ms  ${r.name}`);
          console.log(
            `network ${RTT_MS} ms RTT, 10 Mbit/s, ${m.protocol}, ${lines} lines, API ${origin}, ${page}: first API request ${show(m.firstApiRequestMs)}, first changed row ${show(m.firstRowMs)} (${m.roundTrips} RTTs), ${m.apiRequests} API requests, ${m.preflights} preflights`,
          );
        }
      }
    }
    await browser.close();

    const sizes = entrySizes();
    const small = cases.find((c) => c.lines === 100 && c.change === 'scattered')?.app.firstHunkMs ?? null;
    const big = cases.filter((c) => c.lines === 40_000);
    const diffGoals = {
      // The baseline shows 40,000 lines with few changes in seconds; it is every line changed where it never finishes.
      tenTimesFasterAt40kAllChanged: big
        .filter((c) => c.change === 'allChanged')
        .every(
          (c) =>
            c.app.firstHunkMs !== null && (c.baseline.firstHunkMs === null ? CAP_MS : c.baseline.firstHunkMs) >= 10 * c.app.firstHunkMs,
        ),
      within2xOf100Lines: big.every((c) => small !== null && c.app.firstHunkMs !== null && c.app.firstHunkMs <= 2 * small),
      rowsUnder2000: cases.every((c) => c.app.rows < 2_000),
      noTaskOver200Ms: cases.every((c) => c.app.longestTaskMs <= 200 && (c.fullDiffLongestTaskMs ?? 0) <= 200),
      // Issue 19: the app at least as fast as the naive page at every size (a baseline past its cap counts as slower).
      atLeastAsFastAsBaselineEverywhere: cases.every(
        (c) => c.app.firstHunkMs !== null && (c.baseline.firstHunkMs === null || c.baseline.firstHunkMs >= c.app.firstHunkMs),
      ),
    };
    // "Well under 100 ms" of scripting from the results' arrival to the list on screen: at most 60 ms, the median
    // of 9 loads (single loads of the run screen range from 45 to 71 ms on a shared 2-core machine).
    const listGoals = {
      listsDrawnWithin60MsScripting: lists.every((l) => l.listScriptMs !== null && l.listScriptMs <= LIST_SCRIPT_GOAL_MS),
    };
    const appOverNetwork = network.filter((n) => n.page === 'app');
    const networkGoals = {
      // The early requests leave at most one round trip after the entry script has arrived.
      firstApiRequestWithinOneRttOfEntry: appOverNetwork.every(
        (n) => n.firstApiRequestMs !== null && n.entryArrivedMs !== null && n.firstApiRequestMs - n.entryArrivedMs <= RTT_MS,
      ),
      // On the same origin, the first changed row within five round trips plus 200 ms of navigation.
      firstRowWithinFiveRttsSameOrigin: appOverNetwork
        .filter((n) => n.origin === 'same-origin')
        .every((n) => n.firstRowMs !== null && n.firstRowMs <= 5 * RTT_MS + 200),
      atMostOnePreflightPerUrl: appOverNetwork.every((n) => n.preflights <= n.apiUrls),
    };
    const goals = {
      initialJsAtMost150Kb: sizes.initialJsGzipKb <= 150,
      ...(only && only !== 'network' ? {} : networkGoals),
      ...(only === 'lists' || only === 'network' ? {} : diffGoals),
      ...(only === 'diffs' || only === 'network' ? {} : listGoals),
    };
    const report = { date: new Date().toISOString(), capMs: CAP_MS, ...sizes, goals, cases, lists, network };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench.json', JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));

    console.log('\nSummary (time from navigation to the first changed row on screen; baseline: one ReactDiffViewer of both files)');
    console.log('| lines | changes | app | rows | longest task | baseline | rows | speed-up |');
    console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
    for (const c of cases) {
      const ratio = c.ratio ?? (c.baseline.firstHunkMs === null && c.app.firstHunkMs ? `> ${round(CAP_MS / c.app.firstHunkMs)}` : '–');
      console.log(
        `| ${c.lines.toLocaleString('en')} | ${c.change === 'scattered' ? 'scattered' : 'every line'} | ${show(c.app.firstHunkMs)} | ${c.app.rows} | ${c.app.longestTaskMs} ms | ${show(c.baseline.firstHunkMs)} | ${c.baseline.rows} | ${ratio}× |`,
      );
    }
    for (const c of cases.filter((x) => x.fullDiffMs !== undefined)) {
      const ms = c.fullDiffMs == null ? 'not offered' : `${c.fullDiffMs} ms`;
      console.log(
        `Full diff in the browser, ${c.lines.toLocaleString('en')} lines, every line changed: ${ms}, longest main-thread task ${c.fullDiffLongestTaskMs} ms`,
      );
    }
    for (const l of lists) {
      console.log(
        `The ${l.screen} with ${l.items.toLocaleString('en')} ${l.screen === 'run screen' ? 'samples' : 'regression tests'}: drawn with ${show(l.listScriptMs)} of scripting from the results' arrival ` +
          `(${show(l.listSettledScriptMs)} in the second after, labels and details included); a cold load shows it ${show(l.renderMs)} after navigation, ` +
          `with ${l.scriptMs} ms of scripting in all (bundle included), longest task ${l.longestTaskMs} ms`,
      );
    }
    if (network.length > 0) {
      console.log(
        `\nCold deep link to an output, ${RTT_MS} ms RTT, 10 Mbit/s (CDP), build served compressed; median of ${NETWORK_ROUNDS} loads`,
      );
      console.log(
        '| lines | API | protocol | page | entry script arrived | first API request | first changed row | in RTTs | API requests (URLs) | preflights | speed-up |',
      );
      console.log('|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
      for (const n of network) {
        // The app's row: the naive page's time to the first row over the same network, divided by the app's.
        const naive = network.find(
          (o) => o.page === 'naive page' && o.lines === n.lines && o.origin === n.origin && o.protocol === n.protocol,
        );
        const speedUp = n.page === 'app' && naive?.firstRowMs && n.firstRowMs ? `${round(naive.firstRowMs / n.firstRowMs)}×` : '';
        console.log(
          `| ${n.lines.toLocaleString('en')} | ${n.origin} | ${n.protocol} | ${n.page} | ${show(n.entryArrivedMs)} | ${show(n.firstApiRequestMs)} | ${show(n.firstRowMs)} | ${n.roundTrips ?? '–'} | ${n.apiRequests} (${n.apiUrls}) | ${n.preflights} | ${speedUp} |`,
        );
      }
    }
    console.log(`Entry chunk ${sizes.entryChunkGzipKb} KB gzip; with the chunks index.html preloads ${sizes.initialJsGzipKb} KB gzip`);
    console.log(
      `Goals: ${Object.entries(goals)
        .map(([goal, met]) => `${goal} ${met ? 'met' : 'MISSED'}`)
        .join(', ')}`,
    );
    process.exitCode = Object.values(goals).every(Boolean) ? 0 : 1;
  } finally {
    netApp.close();
    netH2App?.close();
    stopAll(servers);
  }
}

await main();

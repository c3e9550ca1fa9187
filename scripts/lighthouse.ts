// `npm run lighthouse`: Lighthouse (the npm package, run here in Node) against the production build, served as a
// production host would (scripts/lib/build-server.ts: brotli/gzip, immutable hashed assets), and the HTTP mock API,
// signed in, on six screens in desktop and mobile settings. Prints the category scores and CLS/LCP/TBT per screen
// and exits non-zero below the goals. Not part of `npm test` (a few minutes). LIGHTHOUSE_SKIP_BUILD=1 reuses
// dist-lighthouse/; LIGHTHOUSE_ONLY=run,matched some screens; LIGHTHOUSE_FORM=desktop or =mobile one setting;
// LIGHTHOUSE_RUNS=3 keeps each screen's median run by performance score. Full reports: bench-results/lighthouse/.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { DIST_SUFFIX } from './e2e-ports.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveBuild } from './lib/build-server';
import { run, start, stopAll, waitFor } from './lib/browser-harness';
import { scenarios, type FileScenario } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const MOCK_PORT = 4620 + offset;
const MEDIA_PORT = 4621 + offset;
const APP_PORT = 4680 + offset;
const API = `http://127.0.0.1:${MOCK_PORT}/api/v1`;
const APP = `http://127.0.0.1:${APP_PORT}`;
const OUT_DIR = `dist-lighthouse${DIST_SUFFIX}`;
const REPORT_DIR = 'bench-results/lighthouse';

/** src/lib/session.ts's SESSION_KEY (that module reads Vite's import.meta.env, so it cannot be imported here). */
const SESSION_KEY = 'ccx-viewer.session';

const GOALS = { performance: { desktop: 95, mobile: 90 }, accessibility: 100, bestPractices: 100, cls: 0.02 } as const;

const outputPath = (s: FileScenario) => `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
const MAIN = scenarios.runs.mainFailing;

const SCREENS: { name: string; path: string }[] = [
  { name: 'runs', path: '/' },
  { name: 'run', path: `/runs/${MAIN}` },
  { name: 'sample', path: `/runs/${MAIN}/samples/${scenarios.differs.sampleId}` },
  { name: 'differs', path: outputPath(scenarios.differs) },
  { name: 'matched', path: outputPath(scenarios.matched) },
  { name: '40k-lines', path: outputPath(scenarios.largeOutputs.scattered[40_000]) },
];

type FormFactor = 'desktop' | 'mobile';
type Row = {
  screen: string;
  form: FormFactor;
  performance: number;
  accessibility: number;
  bestPractices: number;
  clsValue: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  /** Audits that cost points outside performance, for the reader to look up in the report. */
  failing: string[];
};

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;

function failingAudits(lhr: Result): string[] {
  return ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}:${ref.id}`),
  );
}

/** The session the app reads at start-up (src/lib/session.ts), as "signed in" leaves it in sessionStorage. */
async function storedSession(): Promise<string> {
  const answer = await fetch(`${API}/auth/me`, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
  if (!answer.ok) throw new Error(`GET /auth/me answered ${answer.status}`);
  const me: unknown = await answer.json();
  return JSON.stringify({ token: DEMO_MAINTAINER_TOKEN, apiBaseUrl: API, fileRoutes: 'query', me, checkedAt: Date.now() });
}

/** Written into the app's origin before any of its scripts runs (each navigation, so after Lighthouse's storage reset). */
function signIn(key: string, value: string, origin: string) {
  if (location.origin === origin) sessionStorage.setItem(key, value);
}

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium: see README (npm test installs one) or set PLAYWRIGHT_CHROMIUM_PATH.');
  if (!process.env.LIGHTHOUSE_SKIP_BUILD) {
    run(`npx vite build --outDir ${OUT_DIR} --logLevel warn`, {
      VITE_API_BASE_URL: API,
      VITE_API_FILE_ROUTES: 'query',
      VITE_STORAGE_ORIGIN: `http://127.0.0.1:${MEDIA_PORT}`,
    });
  }
  const only = process.env.LIGHTHOUSE_ONLY?.split(',');
  const screens = only ? SCREENS.filter((s) => only.includes(s.name)) : SCREENS;
  const forms: FormFactor[] = process.env.LIGHTHOUSE_FORM ? [process.env.LIGHTHOUSE_FORM as FormFactor] : ['desktop', 'mobile'];
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));

  const mock = start('npx tsx scripts/mock-api.ts', { PORT: String(MOCK_PORT), MEDIA_PORT: String(MEDIA_PORT) });
  const app = await serveBuild(OUT_DIR, APP_PORT);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitFor(`http://127.0.0.1:${MOCK_PORT}/__health`);
    const session = await storedSession();
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });

    // Warm the mock API's generated data (the 40,000-line files) and its caches: not measured.
    const warm = await browser.newPage();
    await warm.evaluateOnNewDocument(signIn, SESSION_KEY, session, APP);
    for (const screen of screens) await warm.goto(`${APP}${screen.path}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await warm.close();

    const rows: Row[] = [];
    mkdirSync(REPORT_DIR, { recursive: true });
    for (const form of forms) {
      for (const screen of screens) {
        const results: Result[] = [];
        for (let i = 0; i < runs; i += 1) {
          const page = await browser.newPage();
          await page.evaluateOnNewDocument(signIn, SESSION_KEY, session, APP);
          const result = await lighthouse(
            `${APP}${screen.path}`,
            { logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
            form === 'desktop' ? (desktopConfig as Config) : undefined,
            page,
          );
          await page.close();
          if (!result) throw new Error(`Lighthouse gave no result for ${screen.name}`);
          results.push(result.lhr);
        }
        results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
        const lhr = results[Math.floor(results.length / 2)] as Result;
        const report = JSON.stringify(lhr);
        // The token lives in sessionStorage only; a report that somehow holds it is not written.
        if (!report.includes(DEMO_MAINTAINER_TOKEN)) writeFileSync(`${REPORT_DIR}/${screen.name}-${form}.json`, report);
        const row: Row = {
          screen: screen.name,
          form,
          performance: score(lhr, 'performance'),
          accessibility: score(lhr, 'accessibility'),
          bestPractices: score(lhr, 'best-practices'),
          clsValue: Math.round(numeric(lhr, 'cumulative-layout-shift') * 1000) / 1000,
          lcpMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
          tbtMs: Math.round(numeric(lhr, 'total-blocking-time')),
          fcpMs: Math.round(numeric(lhr, 'first-contentful-paint')),
          failing: failingAudits(lhr),
        };
        rows.push(row);
        console.log(
          `${form.padEnd(7)} ${screen.name.padEnd(10)} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} ` +
            `CLS ${row.clsValue} LCP ${row.lcpMs} ms TBT ${row.tbtMs} ms${row.failing.length ? `  (${row.failing.join(', ')})` : ''}`,
        );
      }
    }
    await browser.disconnect();

    const missed = (r: Row) =>
      [
        r.performance < GOALS.performance[r.form] && `performance ${r.performance} < ${GOALS.performance[r.form]}`,
        r.accessibility < GOALS.accessibility && `accessibility ${r.accessibility}`,
        r.bestPractices < GOALS.bestPractices && `best practices ${r.bestPractices}`,
        !(r.clsValue < GOALS.cls) && `CLS ${r.clsValue} ≥ ${GOALS.cls}`,
      ].filter((x): x is string => !!x);
    writeFileSync('bench-results/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), goals: GOALS, rows }, null, 2));
    console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs by performance) ` : ''}— production build, brotli, HTTP mock API`);
    console.log('| screen | setting | performance | accessibility | best practices | CLS | LCP | TBT | FCP |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(
        `| ${r.screen} | ${r.form} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.clsValue} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.fcpMs} ms |`,
      );
    }
    const misses = rows.flatMap((r) => missed(r).map((m) => `${r.screen} (${r.form}): ${m}`));
    console.log(misses.length ? `\nGoals MISSED:\n  ${misses.join('\n  ')}` : '\nAll goals met.');
    process.exitCode = misses.length ? 1 : 0;
  } finally {
    await chrome?.kill();
    app.close();
    stopAll([mock]);
  }
}

await main();

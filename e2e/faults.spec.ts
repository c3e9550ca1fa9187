// The fault matrix: each way a network or a server can fail, driven through the production build in Chromium
// against the HTTP mock server (scripts/lib/faults.ts). For each: what the user sees (the states of ui.md, a
// "Retry" that works once the fault is lifted, the rest of the app still usable, no uncaught error, no CSP
// violation) and what the API sees (requests counted per fault: no retry storm, 429 honoured, requests of a
// screen the user has left cancelled).
//
// Faults are scoped to the demo-faults token, so specs signed in with other tokens never see them, and the
// tests here share a lock, so two of them never script the server at the same time.
import { test as base, expect, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath } from './support/app';
import {
  API,
  apiLog,
  armFaults,
  expectQuiet,
  FAULTS_LOCK,
  FAULTS_TOKEN,
  forgetLog,
  liftFaults,
  requestsTo,
  signInAt,
  watchPage,
  type PageWatch,
} from './support/faults';

// Automatic, so every test starts with no fault and an empty log, and ends checked for uncaught errors.
const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, request }, use) => {
      await liftFaults(request);
      await forgetLog(request);
      const watch = await watchPage(page);
      await use(watch);
      await liftFaults(request);
      await watch.expectClean();
    },
    { auto: true },
  ],
});

test.describe.configure({ lock: FAULTS_LOCK });

const RUN = scenarios.runs.mainFailing;
const RESULTS = new RegExp(`^/runs/${RUN}/samples\\?`);
const SUMMARY = new RegExp(`^/runs/${RUN}/summary$`);
const RUN_ONLY = new RegExp(`^/runs/${RUN}$`);
const DIFF = /^\/runs\/\d+\/samples\/\d+\/diff\?/;
const MOCK_ORIGIN = new URL(API).origin;

const alert = (page: Page, name: string | RegExp) => page.getByRole('alert', { name });
const resultsLoaded = (page: Page) => expect(page.getByText(/254 regression-test results/)).toBeVisible({ timeout: 15_000 });

test('an HTML 500 from a proxy: the results panel names it, retries twice, and Retry works once the fault lifts', async ({
  page,
  request,
}) => {
  await armFaults(request, [{ path: `/runs/${RUN}/samples`, fault: 'html500' }]);
  await signInAt(page, `/runs/${RUN}`);

  const panel = alert(page, "Could not load the run's results");
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText('The API answered 500 Internal Server Error with an HTML page (often a proxy or gateway error)');
  await expect(panel).toContainText('HTTP 500');
  // The rest of the screen loaded: the run's facts and summary.
  await expect(page.getByRole('link', { name: 'PR #1724' })).toBeVisible();
  await expect(page.getByText('results in all')).toBeVisible();

  // 1 request and 2 automatic retries, then nothing more until the user asks.
  expect(await requestsTo(request, RESULTS)).toHaveLength(3);
  await expectQuiet(request, RESULTS, 2_500);

  await liftFaults(request);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await resultsLoaded(page);
  // The three pages of 254 results, once each (the pages after the first are fetched side by side).
  expect(
    (await requestsTo(request, RESULTS))
      .slice(3)
      .map((r) => r.path)
      .sort(),
  ).toEqual([
    `/runs/${RUN}/samples?limit=100&offset=0`,
    `/runs/${RUN}/samples?limit=100&offset=100`,
    `/runs/${RUN}/samples?limit=100&offset=200`,
  ]);

  // The rest of the app still works.
  await page.getByRole('link', { name: 'CCExtractor results' }).click();
  await expect(page.getByRole('table')).toBeVisible();
});

test('an empty 502 from a gateway on the summary: the results still load, 3 requests, Retry works', async ({ page, request }) => {
  await armFaults(request, [{ path: `/runs/${RUN}/summary`, fault: 'empty502' }]);
  await signInAt(page, `/runs/${RUN}`);
  const panel = alert(page, "Could not load the run's summary");
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText('The API answered 502 Bad Gateway with no body');
  await resultsLoaded(page);
  expect(await requestsTo(request, SUMMARY)).toHaveLength(3);
  await expectQuiet(request, SUMMARY, 2_000);

  await liftFaults(request);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('results in all')).toBeVisible();
  await expect(panel).toBeHidden();
  expect(await requestsTo(request, SUMMARY)).toHaveLength(4);
});

test('a dropped connection on the runs list: "could not reach", 3 attempts, Retry works', async ({ page, request, watch }) => {
  await armFaults(request, [{ path: '/runs', fault: 'drop' }]);
  await signInAt(page, '/');
  const panel = alert(page, 'Could not load the runs');
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText(`Could not reach the API server at ${MOCK_ORIGIN}`);

  // The app tried 3 times; Chromium itself resends a request once when a reused keep-alive connection closes
  // without an answer, so the server may count up to one more per attempt.
  const attempts = watch.failedRequests.filter((r) => r.url.startsWith(`${API}/runs?`));
  expect(attempts.map((r) => r.failure)).toEqual(['net::ERR_EMPTY_RESPONSE', 'net::ERR_EMPTY_RESPONSE', 'net::ERR_EMPTY_RESPONSE']);
  const seen = await requestsTo(request, /^\/runs\?/);
  expect(seen.length).toBeGreaterThanOrEqual(3);
  expect(seen.length).toBeLessThanOrEqual(6);
  await expectQuiet(request, /^\/runs\?/, 2_000);

  await liftFaults(request);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table')).toBeVisible();
});

test('a diff slower than the client timeout: 3 attempts that each give up, then a message and Retry', async ({ page, request }) => {
  test.setTimeout(90_000);
  await armFaults(request, [{ path: '/runs/*/samples/*/diff', fault: 'slow', delayMs: 30_000 }]);
  await signInAt(page, outputPath(scenarios.differs));
  await expect(page.getByText('Loading the diff…')).toBeVisible();
  // Expected and actual files arrived meanwhile: the rest of the screen works.
  await expect(page.getByRole('button', { name: 'Download actual' })).toBeVisible();

  const panel = alert(page, 'Could not load this output');
  await expect(panel).toBeVisible({ timeout: 40_000 });
  await expect(panel).toContainText(/did not answer within \d+ seconds/);
  const diffs = await requestsTo(request, DIFF);
  expect(diffs).toHaveLength(3);
  // Each attempt was given up by the client (its connection closed), not answered.
  await expect.poll(async () => (await requestsTo(request, DIFF)).every((r) => r.aborted)).toBe(true);
  await expectQuiet(request, DIFF, 2_000);

  await liftFaults(request);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Differs from expected')).toBeVisible({ timeout: 10_000 });
  expect(await requestsTo(request, DIFF)).toHaveLength(4);
});

test('leaving a screen cancels its requests: the browser aborts the slow diff and never retries it', async ({ page, request, watch }) => {
  await armFaults(request, [{ path: '/runs/*/samples/*/diff', fault: 'slow', delayMs: 30_000 }]);
  await signInAt(page, outputPath(scenarios.differs));
  await expect(page.getByText('Loading the diff…')).toBeVisible();
  await expect.poll(async () => (await requestsTo(request, DIFF)).length).toBe(1);

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: `Run ${RUN}` })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Run ${RUN}` })).toBeVisible();
  await expect.poll(() => watch.failedRequests.filter((r) => /\/diff\?/.test(r.url)).map((r) => r.failure)).toEqual(['net::ERR_ABORTED']);
  await expect.poll(async () => (await requestsTo(request, DIFF)).map((r) => r.aborted)).toEqual([true]);
  // Well past the first retry's delay: nothing more was asked for the screen the user left.
  await expectQuiet(request, DIFF, 2_500);
  await resultsLoaded(page);
});

test('invalid JSON: the run facts say so, once, while the rest of the screen loads; Retry works', async ({ page, request }) => {
  await armFaults(request, [{ path: `/runs/${RUN}`, fault: 'invalidJson' }]);
  await signInAt(page, `/runs/${RUN}`);
  const panel = alert(page, `Could not load the facts of run ${RUN}`);
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText(`The API answered /api/v1/runs/${RUN} with a body that is not JSON`);
  await resultsLoaded(page);
  // A malformed answer is not retried automatically.
  expect(await requestsTo(request, RUN_ONLY)).toHaveLength(1);
  await expectQuiet(request, RUN_ONLY, 2_500);

  await liftFaults(request);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('link', { name: 'PR #1724' })).toBeVisible();
  expect(await requestsTo(request, RUN_ONLY)).toHaveLength(2);
});

test.describe('answers that break the API contract are refused with a message, not shown', () => {
  test('a summary missing a required field', async ({ page, request }) => {
    await armFaults(request, [{ path: `/runs/${RUN}/summary`, fault: 'contract:missing-field' }]);
    await signInAt(page, `/runs/${RUN}`);
    const panel = alert(page, "Could not load the run's summary");
    await expect(panel).toContainText('data that breaks the API contract: RunSummary', { timeout: 15_000 });
    await expect(panel).toContainText("must have required property 'run_id'");
    await resultsLoaded(page);
    expect(await requestsTo(request, SUMMARY)).toHaveLength(1);
    await liftFaults(request);
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('results in all')).toBeVisible();
  });

  test('a runs page whose data has the wrong type', async ({ page, request }) => {
    await armFaults(request, [{ path: '/runs', fault: 'contract:wrong-type' }]);
    await signInAt(page, '/');
    const panel = alert(page, 'Could not load the runs');
    await expect(panel).toContainText('data that breaks the API contract: RunPage /data must be array', { timeout: 15_000 });
    expect(await requestsTo(request, /^\/runs\?/)).toHaveLength(1);
    await liftFaults(request);
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });
});

// What the platform's own server taught (issue 15): a limit or an unknown status never makes a screen refuse a file.
test('content over 1,048,576 characters and an unknown storage_status are shown, the status marked', async ({ page, request }) => {
  await armFaults(request, [
    { path: '/runs/*/samples/*/actual', fault: 'contract:content-too-long' },
    { path: '/runs/*/samples/*/expected', fault: 'contract:unknown-storage-status' },
  ]);
  await signInAt(page, outputPath(scenarios.differs));
  await expect(page.getByText('Differs from expected')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Expected file: Storage: archived (unknown status)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download actual' })).toBeVisible();
  await expect(page.getByText(/breaks the API contract|Could not load the (actual|expected) file/)).toHaveCount(0);
  expect(await requestsTo(request, /\/actual\?/)).toHaveLength(1);
  expect(await requestsTo(request, /\/expected\?/)).toHaveLength(1);
});

// Issue 21: the loader's prefetch may meet the 429 before the screen's code has loaded, or after; either way the
// screen says why it waits. `--repeat-each 20` of this test: 20 of 20 (see the commit).
test('a deep link whose /diff and /actual first answer 429: "Rate limited" before the diff, two requests each', async ({
  page,
  request,
}) => {
  await armFaults(request, [
    { path: '/runs/*/samples/*/diff', fault: 'rateLimit', retryAfter: 2, times: 1 },
    { path: '/runs/*/samples/*/actual', fault: 'rateLimit', retryAfter: 2, times: 1 },
  ]);
  await signInAt(page, outputPath(scenarios.differs));
  const diffShown = page.getByRole('heading', { name: 'Differs from expected' });
  await expect(page.getByText(/Rate limited/).first()).toBeVisible({ timeout: 10_000 });
  await expect(diffShown).toBeHidden();
  await expect(diffShown).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Download actual' })).toBeVisible();
  expect((await requestsTo(request, DIFF)).map((r) => r.status)).toEqual([429, 200]);
  expect((await requestsTo(request, /\/actual\?/)).map((r) => r.status)).toEqual([429, 200]);
});

test('429 with Retry-After: a countdown, one retry per countdown, at most 3, then the user decides', async ({ page, request }) => {
  await armFaults(request, [{ path: `/runs/${RUN}/samples`, fault: 'rateLimit', retryAfter: 2 }]);
  await signInAt(page, `/runs/${RUN}`);

  const panel = alert(page, 'Rate limited');
  await expect(panel).toContainText(/Trying again in [12] s…/, { timeout: 10_000 });
  // The X-RateLimit headers reached the header's meter.
  await expect(page.getByText('0 of 120 API reads left this minute')).toBeVisible();
  await expect(panel).toContainText(/You can try again (in \d s|now)\./, { timeout: 15_000 });

  const limited = await requestsTo(request, RESULTS);
  expect(limited).toHaveLength(4);
  for (let i = 1; i < limited.length; i++) {
    const previous = limited[i - 1];
    // No request before Retry-After (2 s) has passed since the 429 was sent.
    expect((limited[i]?.at ?? 0) - (previous?.respondedAt ?? Infinity), `retry ${i}`).toBeGreaterThanOrEqual(2_000);
  }
  await expectQuiet(request, RESULTS, 2_500);

  await liftFaults(request);
  const retry = panel.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeEnabled({ timeout: 3_000 });
  await retry.click();
  await resultsLoaded(page);
});

test('one 429: the viewer waits Retry-After on its own and then shows the data, 2 requests', async ({ page, request }) => {
  await armFaults(request, [{ path: `/runs/${RUN}/samples`, fault: 'rateLimit', retryAfter: 3, times: 1 }]);
  await signInAt(page, `/runs/${RUN}`);
  await expect(alert(page, 'Rate limited')).toContainText(/Trying again in [1-3] s…/, { timeout: 10_000 });
  await resultsLoaded(page);
  const first = (await requestsTo(request, /offset=0$/)).filter((r) => r.path.startsWith(`/runs/${RUN}/samples`));
  expect(first.map((r) => r.status)).toEqual([429, 200]);
  expect((first[1]?.at ?? 0) - (first[0]?.respondedAt ?? Infinity)).toBeGreaterThanOrEqual(3_000);
});

test('401 in the middle of a session: back to sign-in, then exactly where the user was, with no retry of the 401', async ({
  page,
  request,
}) => {
  const s = scenarios.differs;
  await signInAt(page, `/runs/${RUN}/samples/${s.sampleId}`);
  const link = page.locator(`a[href*="/outputs/${s.outputId}"]`).first();
  await expect(link).toBeVisible({ timeout: 15_000 });
  await armFaults(request, [{ path: '/runs/*/samples/*/diff', fault: 'unauthorized', times: 1 }]);
  await forgetLog(request);

  await link.click();
  await expect(page.getByLabel('API token')).toBeVisible();
  await expect(page.getByText('Your session has expired or the token was rejected')).toBeVisible();
  const next = new URL(page.url()).searchParams.get('next') ?? '';
  expect(next).toMatch(new RegExp(`^${outputPath(s)}`));
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(FAULTS_TOKEN);

  await page.getByLabel('API token').fill(FAULTS_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Differs from expected')).toBeVisible({ timeout: 10_000 });
  expect(new URL(page.url()).pathname).toBe(outputPath(s));
  const diffs = (await apiLog(request)).filter((r) => DIFF.test(r.path));
  expect(diffs.map((r) => r.status)).toEqual([401, 200]);
});

test('a rendering bug shows an error panel with Reload inside the layout, not a white page', async ({ page, watch }) => {
  // A stand-in for a bug in a screen: formatting a date throws once the test says so (a reload forgets it).
  await page.addInitScript(() => {
    const original = Date.prototype.toISOString;
    Date.prototype.toISOString = function toISOString(this: Date) {
      if ((window as unknown as { __breakDates?: boolean }).__breakDates)
        throw new Error('Simulated rendering bug: <img src=x onerror=alert(1)>');
      return original.call(this);
    };
  });
  await signInAt(page, '/');
  await expect(page.getByRole('table')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __breakDates?: boolean }).__breakDates = true;
  });
  await page
    .getByRole('link', { name: `Run ${RUN}`, exact: true })
    .first()
    .click();

  const panel = alert(page, 'Could not show this screen');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Simulated rendering bug: <img src=x onerror=alert(1)>');
  expect(await page.locator('#root img[src="x"]').count()).toBe(0);
  // The layout around it still works.
  await expect(page.getByRole('link', { name: 'CCExtractor results' })).toBeVisible();

  // React reports the caught error on the console; that is expected here, and only that.
  const reported = watch.consoleErrors.splice(0);
  expect(reported.length).toBeGreaterThan(0);
  expect(reported.filter((line) => !/Simulated rendering bug/.test(line))).toEqual([]);

  await panel.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Run ${RUN}` })).toBeVisible();
  await resultsLoaded(page);
  await expect(panel).toBeHidden();
});

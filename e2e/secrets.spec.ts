// The API token is a secret: it never appears in a request URL, in localStorage without "Remember me", in the
// console, in a copied link or Markdown snippet, in the page's title or URL, or in an error panel — not even when
// a server or a proxy echoes it back in an error message, or a bug puts it into an exception.
import { test as base, expect, type Page, type Route } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';
import { outputPath } from './support/app';
import { API, signInAt, watchPage, type PageWatch } from './support/faults';

const TOKEN = DEMO_MAINTAINER_TOKEN;
const RUN = scenarios.runs.mainFailing;
const hasToken = (text: string) => text.includes(TOKEN) || text.includes(encodeURIComponent(TOKEN)) || text.includes(btoa(TOKEN));

const test = base.extend<{ watch: PageWatch; urls: string[] }>({
  watch: [
    async ({ page }, use) => {
      const watch = await watchPage(page);
      await use(watch);
      await watch.expectClean();
      // Whatever the test did: no request URL, no page URL and no console line held the token.
      expect(watch.requests.map((r) => r.url()).filter(hasToken), 'request URLs with the token').toEqual([]);
      expect(watch.requests.map((r) => r.postData() ?? '').filter(hasToken), 'request bodies with the token').toEqual([]);
      expect(watch.consoleText.filter(hasToken), 'console lines with the token').toEqual([]);
    },
    { auto: true },
  ],
  urls: [
    async ({ page }, use) => {
      const urls: string[] = [];
      page.on('framenavigated', (frame) => urls.push(frame.url()));
      await use(urls);
      expect(urls.filter(hasToken), 'page URLs with the token').toEqual([]);
    },
    { auto: true },
  ],
});

async function storage(page: Page) {
  return page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
    title: document.title,
  }));
}

/** Answers matching API requests as a server that echoes the Authorization header into its error would. */
function echoToken(status: number, contentType: string, body: (token: string) => string) {
  return async (route: Route) => {
    if (route.request().method() === 'OPTIONS') return route.continue();
    const auth = route.request().headers().authorization ?? '';
    return route.fulfill({ status, headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': contentType }, body: body(auth) });
  };
}

test('without "Remember me": memory and sessionStorage only, and nowhere else while browsing and sharing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAt(page, '/', TOKEN);
  await expect(page.getByRole('table')).toBeVisible();
  let stored = await storage(page);
  expect(hasToken(stored.session), 'sessionStorage holds the session').toBe(true);
  expect(hasToken(stored.local), 'localStorage without "Remember me"').toBe(false);
  expect(hasToken(stored.cookies)).toBe(false);

  // Browse down to an output, then share it.
  await page.goto(`/runs/${RUN}`);
  await expect(page.getByText(/254 regression-test results/)).toBeVisible({ timeout: 15_000 });
  await page.goto(`${outputPath(scenarios.differs)}?view=unified#R3`);
  await expect(page.getByText('Differs from expected')).toBeVisible();
  for (const [name, what] of [
    ['Copy link', 'Link'],
    ['Copy Markdown', 'Markdown'],
  ] as const) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByText(`${what} copied to the clipboard`, { exact: true })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(outputPath(scenarios.differs));
    expect(hasToken(copied), `${name} copies the token`).toBe(false);
  }
  stored = await storage(page);
  expect(hasToken(stored.local)).toBe(false);
  expect(hasToken(stored.title)).toBe(false);
  expect(hasToken(await page.locator('body').innerText())).toBe(false);

  // Signing out forgets it everywhere.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
  stored = await storage(page);
  expect(hasToken(stored.session) || hasToken(stored.local)).toBe(false);
});

test('with "Remember me": localStorage holds it (so the check above can fail)', async ({ page }) => {
  await signInAt(page, '/', TOKEN, { remember: true });
  await expect(page.getByRole('table')).toBeVisible();
  expect(hasToken((await storage(page)).local)).toBe(true);
});

test('error panels never show the token, even when the server echoes it back', async ({ page }) => {
  await page.route(
    `${API}/runs/${RUN}/summary`,
    echoToken(500, 'application/json', (auth) =>
      JSON.stringify({ code: 'internal_error', message: `Upstream rejected the request (Authorization: ${auth})`, details: {} }),
    ),
  );
  await page.route(
    `${API}/runs/${RUN}`,
    echoToken(502, 'text/html', (auth) => `<html><body><h1>502</h1><pre>${auth}</pre></body></html>`),
  );
  await signInAt(page, `/runs/${RUN}`, TOKEN);
  const summary = page.getByRole('alert', { name: "Could not load the run's summary" });
  await expect(summary).toContainText('Upstream rejected the request (Authorization: Bearer [token])', { timeout: 15_000 });
  await expect(page.getByRole('alert', { name: `Could not load the facts of run ${RUN}` })).toContainText('502');
  expect(hasToken(await page.locator('body').innerText())).toBe(false);
});

test('the sign-in form does not repeat a token the server quotes in its rejection', async ({ page }) => {
  await page.route(
    `${API}/auth/me`,
    echoToken(401, 'application/json', (auth) =>
      JSON.stringify({ code: 'unauthorized', message: `Token ${auth.replace(/^Bearer /, '')} has expired.`, details: {} }),
    ),
  );
  await page.goto('/');
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Token [token] has expired.')).toBeVisible();
  expect(hasToken(await page.locator('body').innerText())).toBe(false);
});

test('a bug that puts the token into an exception: the error panel blanks it out', async ({ page, watch }) => {
  await page.addInitScript(() => {
    const original = Date.prototype.toISOString;
    Date.prototype.toISOString = function toISOString(this: Date) {
      const w = window as unknown as { __leak?: boolean };
      if (w.__leak) throw new Error(`request failed: ${sessionStorage.getItem('ccx-viewer.session') ?? ''}`);
      return original.call(this);
    };
  });
  await signInAt(page, '/', TOKEN);
  await expect(page.getByRole('table')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __leak?: boolean }).__leak = true;
  });
  await page
    .getByRole('link', { name: `Run ${RUN}`, exact: true })
    .first()
    .click();
  const panel = page.getByRole('alert', { name: 'Could not show this screen' });
  await expect(panel).toContainText('request failed:');
  await expect(panel).toContainText('[token]');
  expect(hasToken(await page.locator('body').innerText())).toBe(false);
  // React itself reports the raw exception on the console: that is the simulated bug's own leak, not the panel's.
  watch.consoleErrors.splice(0);
  watch.consoleText.splice(0);
});

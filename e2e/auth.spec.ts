// Sign-in and every auth path, in Chromium, against the production build and the HTTP mock server (cross-origin).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page, type Route } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_MAINTAINER_TOKEN, DEMO_VIEWER_TOKEN } from '../src/testing/mocks/tokens';
import { API_BASE, outputPath, resetMock, signIn } from './support/app';

const EXPIRED = 'Your session has expired or the token was rejected';
const SESSION_KEY = 'ccx-viewer.session';
const DEEP_LINK = `${outputPath(scenarios.differs)}?view=unified&context=5#R3`;

const nextOf = (page: Page) => new URL(page.url()).searchParams.get('next');
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search + url.hash;
};

/** Fills the form that is on screen; does not wait for the result. */
async function submitSignIn(page: Page, token: string, { server, remember = false }: { server?: string; remember?: boolean } = {}) {
  await page.getByLabel('API token').fill(token);
  if (server !== undefined) await page.getByLabel('API server').fill(server);
  if (remember) await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The API server starts rejecting every token, as when a token expires or is revoked while the tab is open. */
async function rejectAllTokens(page: Page) {
  await page.route(`${API_BASE}/**`, (route: Route) =>
    route.request().method() === 'OPTIONS'
      ? route.continue()
      : route.fulfill({
          status: 401,
          headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: 'unauthorized', message: 'The token has expired.', details: {} }),
        }),
  );
}

/** A real API-like server that answers /auth/me but sends no CORS headers, so the browser withholds its answers. */
async function startServerWithoutCors() {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ user_id: 1, email: 'someone@example.org', role: 'user', scopes: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('a deep output link opened signed out comes back, hash included, after signing in', async ({ page }) => {
  await page.goto(DEEP_LINK);
  const token = page.getByLabel('API token');
  await expect(token).toBeVisible();
  await expect(token).toBeFocused();
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect(nextOf(page)).toBe(DEEP_LINK);
  await expect(page.getByText(EXPIRED)).toHaveCount(0);
  await expect(page.getByLabel('API server')).toHaveValue(API_BASE);

  await submitSignIn(page, DEMO_MAINTAINER_TOKEN);
  await expect(token).toBeHidden();
  expect(pathOf(page)).toBe(DEEP_LINK);
  await expect(page).toHaveTitle(/Run 9461 · sample 31/);
  await expect(page.getByText('Permission denied')).toHaveCount(0);
});

test('the header names who is signed in and their role, with the scopes on hover', async ({ page }) => {
  await signIn(page);
  const who = page.getByText('Demo Maintainer');
  await expect(who).toBeVisible();
  await expect(page.locator('.app-header').getByText('contributor')).toBeVisible();
  // The tooltip's code comes a moment after the name: hover its trigger (Radix marks it with data-state).
  await page.locator('.user-menu__who[data-state]').hover();
  await expect(page.getByRole('tooltip')).toContainText('Scopes: runs:read, results:read');
  await expect(page.getByText(/This token cannot read/)).toHaveCount(0);
});

test('a 401 on the sign-in check shows the server message; an unreachable or foreign server says so', async ({ page }) => {
  await page.goto('/signin');
  await submitSignIn(page, 'not-a-real-token');
  await expect(page.getByRole('alert')).toHaveText('The token was rejected: The token is missing, expired or invalid.');

  // Nothing listens there: the browser cannot connect.
  await submitSignIn(page, DEMO_MAINTAINER_TOKEN, { server: 'http://127.0.0.1:9/api/v1' });
  await expect(page.getByRole('alert')).toContainText('Could not reach the API server at http://127.0.0.1:9/api/v1');
  await expect(page.getByRole('alert')).not.toContainText('rejected');
  await expect(page.getByLabel('API server')).toHaveValue('http://127.0.0.1:9/api/v1');

  // A server that answers but does not allow this site (no CORS headers): the same, not "wrong token".
  const noCors = await startServerWithoutCors();
  try {
    await submitSignIn(page, DEMO_MAINTAINER_TOKEN, { server: noCors.url });
    await expect(page.getByRole('alert')).toContainText(`Could not reach the API server at ${noCors.url}`);
    await expect(page.getByRole('alert')).toContainText('CORS');
    expect(noCors.requests()).toBeGreaterThan(0);
  } finally {
    await noCors.close();
  }

  await submitSignIn(page, DEMO_MAINTAINER_TOKEN, { server: 'sampleplatform.ccextractor.org' });
  await expect(page.getByText('The API server must be a full http:// or https:// URL')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/signin');
});

test('a token rejected mid-session goes to sign-in with the reason, then back to exactly where the user was', async ({ page }) => {
  await signIn(page, { path: `/runs/${scenarios.runs.mainFailing}` });
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  await rejectAllTokens(page);

  // Follow a deep link inside the app (a client-side navigation, as the back and forward buttons do).
  await page.evaluate((link) => {
    window.history.pushState(null, '', link);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, DEEP_LINK);
  await expect(page.getByText(EXPIRED)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect(nextOf(page)).toBe(DEEP_LINK);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();

  await page.unroute(`${API_BASE}/**`);
  await submitSignIn(page, DEMO_MAINTAINER_TOKEN);
  await expect(page.getByLabel('API token')).toBeHidden();
  expect(pathOf(page)).toBe(DEEP_LINK);
  await expect(page).toHaveTitle(/Run 9461 · sample 31/);
});

test('a stored token that has expired by the next visit sends the user to sign in', async ({ page }) => {
  await signIn(page, { path: '/?status=fail' });
  // The same session, now carrying a token the server always rejects (demo-expired).
  await page.evaluate((key) => {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    sessionStorage.setItem(key, JSON.stringify({ ...stored, token: 'demo-expired' }));
  }, SESSION_KEY);
  await page.reload();
  await expect(page.getByText(EXPIRED)).toBeVisible();
  expect(nextOf(page)).toBe('/?status=fail');
});

test('a token without results:read is told up front, and an output screen says "Permission denied"', async ({ page }) => {
  await signIn(page, { path: outputPath(scenarios.differs), token: DEMO_VIEWER_TOKEN });
  await expect(page.getByText('This token cannot read file contents (results:read)')).toBeVisible();
  const denied = page.getByRole('alert').filter({ hasText: 'Permission denied' });
  await expect(denied).toBeVisible();
  await expect(denied).toContainText('results:read');
  await expect(denied).toContainText('runs:read');
});

test('"Remember me on this device" keeps the session in a new browser context', async ({ browser, page, baseURL }) => {
  await signIn(page, { remember: true });
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  const later = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  try {
    const tab = await later.newPage();
    await tab.goto('/');
    // A cold start of the whole app in a new context: on a loaded CI machine this has taken longer than 7 s.
    await expect(tab.getByText('Demo Maintainer')).toBeVisible({ timeout: 15_000 });
    await expect(tab.getByLabel('API token')).toHaveCount(0);
  } finally {
    await later.close();
  }
});

test('without "Remember me on this device" a new browser context is signed out', async ({ browser, page, baseURL }) => {
  await signIn(page);
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  const later = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  try {
    const tab = await later.newPage();
    await tab.goto('/');
    await expect(tab.getByLabel('API token')).toBeVisible();
  } finally {
    await later.close();
  }
});

test('sign-out forgets the token and every cached result', async ({ page }) => {
  const matched = outputPath(scenarios.matched);
  await signIn(page, { path: matched });
  await expect(page.getByRole('heading', { name: 'Matched expected' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('API token')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(DEMO_MAINTAINER_TOKEN);

  // Another user: every file of the output is asked for again, with their token; nothing comes from the cache.
  const fileRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/(actual|expected|diff)\?/.test(request.url())) fileRequests.push(request.headers()['authorization'] ?? '');
  });
  await page.goto(matched);
  await submitSignIn(page, DEMO_ADMIN_TOKEN);
  await expect(page.getByText('Demo Admin')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Matched expected' })).toBeVisible();
  expect(fileRequests.length).toBeGreaterThan(0);
  expect(fileRequests.every((auth) => auth === `Bearer ${DEMO_ADMIN_TOKEN}`)).toBe(true);

  // And a user who may not read files sees a refusal, not what the previous user had loaded.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(matched);
  await submitSignIn(page, DEMO_VIEWER_TOKEN);
  await expect(page.getByRole('alert').filter({ hasText: 'Permission denied' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Matched expected' })).toHaveCount(0);
});

test('signing out in one tab signs the other tabs out', async ({ context, page }) => {
  await signIn(page, { path: '/' });
  const other = await context.newPage();
  await signIn(other, { path: `/runs/${scenarios.runs.mainFailing}` });
  await expect(other.getByText('Demo Maintainer')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(other.getByLabel('API token')).toBeVisible();
  expect(new URL(other.url()).pathname).toBe('/signin');
  expect(await other.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();
});

test('the token never appears in a request URL, in localStorage without remember-me, or in the console', async ({ page }) => {
  const urls: string[] = [];
  const logs: string[] = [];
  let sentAsHeader = false;
  page.on('request', (request) => {
    urls.push(request.url());
    if (request.headers()['authorization'] === `Bearer ${DEMO_MAINTAINER_TOKEN}`) sentAsHeader = true;
  });
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (message) => logs.push(message.text()));
  page.on('pageerror', (error) => logs.push(`${error.message}\n${error.stack ?? ''}`));

  // A failed check, a successful one, browsing, a 401 mid-session and a sign-out.
  await page.goto(DEEP_LINK);
  await submitSignIn(page, DEMO_MAINTAINER_TOKEN, { server: 'http://127.0.0.1:9/api/v1' });
  await expect(page.getByRole('alert')).toContainText('Could not reach');
  await submitSignIn(page, DEMO_MAINTAINER_TOKEN, { server: API_BASE });
  await expect(page).toHaveTitle(/Run 9461 · sample 31/);
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toContain(DEMO_MAINTAINER_TOKEN);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(DEMO_MAINTAINER_TOKEN);
  await rejectAllTokens(page);
  // The runs list was never loaded in this page: going there asks the API, within the app (a reload would lose
  // the memory of an expired session).
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Runs' }).click();
  await expect(page.getByText(EXPIRED)).toBeVisible();
  await page.unroute(`${API_BASE}/**`);
  await submitSignIn(page, DEMO_MAINTAINER_TOKEN);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('API token')).toBeVisible();

  expect(sentAsHeader).toBe(true);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url).not.toContain(DEMO_MAINTAINER_TOKEN);
  for (const line of logs) expect(line).not.toContain(DEMO_MAINTAINER_TOKEN);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(DEMO_MAINTAINER_TOKEN);
});

test('a signed-in user opening /signin goes on to `next` without seeing the form', async ({ page }) => {
  await signIn(page);
  let formShown = false;
  await page.exposeFunction('__formShown', () => {
    formShown = true;
  });
  // Watch from the first paint of the next load for a token field, however briefly it appears.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('input[type="password"]')) (window as unknown as { __formShown: () => void }).__formShown();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/signin?next=${encodeURIComponent(`/runs/${scenarios.runs.mainFailing}#x`)}`);
  await expect(page).toHaveURL(/\/runs\/9461#x$/);
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  expect(formShown).toBe(false);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1400, 420]) {
    test(`the sign-in screen fits ${width} px in ${scheme} mode`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/signin?next=${encodeURIComponent(DEEP_LINK)}`);
      await expect(page.getByLabel('API token')).toBeFocused();
      await submitSignIn(page, 'not-a-real-token');
      await expect(page.getByRole('alert')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const path = testInfo.outputPath(`signin-${width}-${scheme}.png`);
      // Kept in test-results for a person to look at; the assertions above are what the test checks.
      await page.screenshot({ path, fullPage: true });
    });
  }
}

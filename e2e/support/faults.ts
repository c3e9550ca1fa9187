// Helpers of the hostile-network and hostile-data suites: the mock server's fault rules and request log
// (scripts/lib/faults.ts), and a watch on what the page does that it should not (uncaught errors, dialogs,
// CSP violations, console errors that are not network noise).
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';
import type { FaultRuleInput, LoggedRequest } from '../../scripts/lib/faults';
import { DEMO_FAULTS_TOKEN } from '../../src/testing/mocks/tokens';

import { API_BASE as API, MOCK_API as MOCK } from './app';

export { API, MOCK };
/** Fault rules and request counts are scoped to this token: tests signed in with any other never see them. */
export const FAULTS_TOKEN = DEMO_FAULTS_TOKEN;
/** Fault tests share the token's rules and log: the lock keeps them from running at the same time (any worker). */
export const FAULTS_LOCK = 'mock-faults:demo-faults';

export type Rule = Omit<FaultRuleInput, 'token'> & { token?: string };

/**
 * The test's own calls to the mock server: a loaded CI machine has reset such a connection (ECONNRESET) once in a
 * full run; reading the log or lifting faults again is harmless, so those retry.
 */
const RETRY = { maxRetries: 2 };

export async function armFaults(request: APIRequestContext, rules: Rule[]) {
  const response = await request.post(`${MOCK}/__faults`, { data: rules.map((rule) => ({ token: FAULTS_TOKEN, ...rule })) });
  expect(response.status(), await response.text()).toBe(201);
}

/** Lifts every fault of the token (the network heals). */
export async function liftFaults(request: APIRequestContext, token = FAULTS_TOKEN) {
  expect((await request.delete(`${MOCK}/__faults?token=${encodeURIComponent(token)}`, RETRY)).ok()).toBe(true);
}

export async function apiLog(request: APIRequestContext, token = FAULTS_TOKEN): Promise<LoggedRequest[]> {
  const response = await request.get(`${MOCK}/__requests?token=${encodeURIComponent(token)}`, RETRY);
  expect(response.ok()).toBe(true);
  return (await response.json()) as LoggedRequest[];
}

export async function forgetLog(request: APIRequestContext, token = FAULTS_TOKEN) {
  expect((await request.delete(`${MOCK}/__requests?token=${encodeURIComponent(token)}`, RETRY)).ok()).toBe(true);
}

/** The logged requests whose API path (query included) matches. */
export async function requestsTo(request: APIRequestContext, path: RegExp, token = FAULTS_TOKEN): Promise<LoggedRequest[]> {
  return (await apiLog(request, token)).filter((entry) => path.test(entry.path));
}

/** Waits `ms` and checks that nothing more reached the server meanwhile: no background retry storm. */
export async function expectQuiet(request: APIRequestContext, path: RegExp, ms: number, token = FAULTS_TOKEN) {
  const before = (await requestsTo(request, path, token)).length;
  await new Promise((resolve) => setTimeout(resolve, ms));
  expect((await requestsTo(request, path, token)).length, `requests to ${path} after the error showed`).toBe(before);
}

export type PageWatch = {
  pageErrors: Error[];
  dialogs: string[];
  consoleErrors: string[];
  consoleText: string[];
  failedRequests: { url: string; failure: string }[];
  requests: Request[];
  cspViolations: () => Promise<string[]>;
  /** No uncaught error, no dialog, no CSP violation, no console error beyond the browser's network noise. */
  expectClean: () => Promise<void>;
};

/** Console lines Chromium writes for any failed or refused request: expected under faults, not errors of the app. */
const NETWORK_NOISE = /Failed to load resource|net::ERR_|status of \d{3}|Access to fetch at .* has been blocked by CORS/;

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch = {
    pageErrors: [] as Error[],
    dialogs: [] as string[],
    consoleErrors: [] as string[],
    consoleText: [] as string[],
    failedRequests: [] as { url: string; failure: string }[],
    requests: [] as Request[],
  };
  page.on('pageerror', (error) => watch.pageErrors.push(error));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    watch.consoleText.push(message.text());
    if (message.type() === 'error' && !NETWORK_NOISE.test(message.text())) watch.consoleErrors.push(message.text());
  });
  page.on('request', (request) => watch.requests.push(request));
  page.on('requestfailed', (request) => watch.failedRequests.push({ url: request.url(), failure: request.failure()?.errorText ?? '' }));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const cspViolations = async () => {
    try {
      return await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    } catch {
      return [];
    }
  };
  return {
    ...watch,
    cspViolations,
    expectClean: async () => {
      expect(
        watch.pageErrors.map((e) => e.message),
        'uncaught errors',
      ).toEqual([]);
      expect(watch.dialogs, 'dialogs').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(await cspViolations(), 'CSP violations').toEqual([]);
    },
  };
}

/** Signs in on the form (from a deep link or /), with the fault token unless told otherwise. */
export async function signInAt(page: Page, path: string, token = FAULTS_TOKEN, { remember = false } = {}) {
  await page.goto(path);
  await expect(page.getByLabel('API token')).toBeVisible();
  await page.getByLabel('API token').fill(token);
  const server = page.getByLabel('API server');
  if ((await server.inputValue()) !== API) await server.fill(API);
  if (remember) await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('API token')).toBeHidden();
  // Off the links: one drawn under the pointer would be preloaded on hover and add requests to the counts.
  await page.mouse.move(0, 0);
}

// The viewer as deployed beside the platform: a default build (no VITE_* settings) served under /viewer/ on the
// origin of the platform's API, which is the real server's recorded answers replayed (scripts/replay-real-api.ts,
// ../shared/real-api). A user signs in with the replay's read token and walks every state the real server has.
import { expect, test, type Page } from '@playwright/test';
import { REAL, REAL_BASE } from '../../scripts/e2e-ports.mjs';

// One origin, one replay server and its request log: these tests take turns, in order (a failing one does not
// skip the others, as `serial` would: each reports what it found).
test.describe.configure({ mode: 'default' });

const TOKEN = 'real-read';
const CONTRACT_ERROR = 'breaks the API contract';
const SESSION_KEY = 'ccx-viewer.session';

type Seen = { method: string; path: string; status: number; recording: string | null };

async function requestLog(page: Page): Promise<Seen[]> {
  const response = await page.request.get(`${REAL}/__requests`, { maxRetries: 2 });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { requests: Seen[] }).requests;
}

/** The URL as the address bar shows it, without the origin. */
function browserPath(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search + url.hash;
}

/** On the sign-in form (reached by opening `path` signed out): the API server offered, then the token. */
async function signIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByLabel('API token')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`${REAL_BASE}signin`);
  // The same origin's /api/v1: the build sets no VITE_API_BASE_URL and lives under a sub-path.
  await expect(page.getByLabel('API server')).toHaveValue(`${REAL}/api/v1`);
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('API token')).toBeHidden();
}

/** Nothing on the page says the server broke the API contract (the real server is the contract). */
async function expectNoContractError(page: Page, where: string) {
  await expect.soft(page.getByText(CONTRACT_ERROR), `${where}: ${CONTRACT_ERROR}`).toHaveCount(0);
}

/**
 * Opens a screen and checks it; soft, so one walk reports every screen that is not there yet. When a check fails,
 * the screen's text goes to the output: what a user saw instead.
 */
async function visit(page: Page, path: string, check: () => Promise<void>) {
  const before = test.info().errors.length;
  await page.goto(path);
  await expect.soft(page.getByRole('heading', { level: 1 }), `${path}: a screen with a heading`).toBeVisible();
  await check();
  await expectNoContractError(page, path);
  if (test.info().errors.length > before) {
    const text = (
      await page
        .locator('main')
        .first()
        .innerText()
        .catch(() => '(no main)')
    )
      .replace(/\n{2,}/g, '\n')
      .slice(0, 2_000);
    console.log(`\n--- ${path}: what the screen showed ---\n${text}\n---`);
  }
}

test.beforeEach(({ page }) => {
  // What a deployment gets wrong shows in the console: a CSP refusal (an asset, a worker or the API outside the
  // policy), a script served as HTML (a chunk outside the base falling back to index.html).
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      test.info().annotations.push({ type: 'refused', description: message.text() });
  });
});

test.afterEach(() => {
  expect(
    test
      .info()
      .annotations.filter((a) => a.type === 'refused')
      .map((a) => a.description),
  ).toEqual([]);
});

test('signing in under /viewer/: the form offers this origin, and the runs list shows all six runs', async ({ page }) => {
  await signIn(page, REAL_BASE);
  expect(browserPath(page)).toBe(REAL_BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runs');
  const runLinks = page.getByRole('link', { name: /^Run \d+$/ });
  await expect(runLinks).toHaveCount(6);
  expect((await runLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual(
    [1, 2, 3, 4, 5, 6].map((id) => `${REAL_BASE}runs/${id}`),
  );
  const run3 = page.locator('.run-cell').filter({ has: page.getByRole('link', { name: 'Run 3', exact: true }) });
  await expect(run3).toContainText('error (no results)');
  await expectNoContractError(page, 'runs list');
  // Assets of public/ load from under the base too.
  const logo = page.locator('.app-title img');
  await expect(logo).toHaveAttribute('src', `${REAL_BASE}favicon.svg`);
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // In-app navigation keeps the base: the link, then back.
  await runLinks.filter({ hasText: 'Run 1' }).click();
  await expect(page).toHaveURL(`${REAL}${REAL_BASE}runs/1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Run 1');
  await page.goBack();
  await expect(page).toHaveURL(`${REAL}${REAL_BASE}`);
});

test('a deep link opened signed out comes back whole after sign-in, and survives a reload', async ({ page }) => {
  const inApp = '/runs/1/samples/1/regressions/1/outputs/1?view=unified#R6';
  const deepLink = `${REAL_BASE}${inApp.slice(1)}`;
  await page.goto(deepLink);
  await expect(page.getByLabel('API token')).toBeVisible();
  const signin = new URL(page.url());
  expect(signin.pathname).toBe(`${REAL_BASE}signin`);
  // `next` is the in-app path: the base is the deployment's, not part of the link.
  expect(signin.searchParams.get('next')).toBe(inApp);
  await expect(page.getByText(inApp, { exact: true })).toBeVisible();

  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('API token')).toBeHidden();
  await expect(page).toHaveURL(`${REAL}${deepLink}`);
  await expect(page).toHaveTitle(/Run 1/);

  await page.reload();
  await expect(page).toHaveURL(`${REAL}${deepLink}`);
  await expect(page.getByLabel('API token')).toBeHidden();
  await expect(page).toHaveTitle(/Run 1/);
  await expectNoContractError(page, deepLink);

  // Straight to a screen by its URL in a signed-in tab: the server's index.html fallback, then the router.
  await page.goto(`${REAL_BASE}runs/2`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Run 2');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Run 2');
});

test('"Copy link", "Copy Markdown" and the c key copy the full URL, base included', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = `${REAL}${REAL_BASE}runs/1/samples/1/regressions/1/outputs/1?view=unified#R6`;
  await signIn(page, link.slice(REAL.length));
  await expect(page).toHaveURL(link);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
  /** What `act` puts on the clipboard (emptied first, so an earlier copy cannot pass for it). */
  const copy = async (act: () => Promise<void>) => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await act();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  expect.soft(await copy(() => page.getByRole('button', { name: 'Copy link' }).click()), '"Copy link"').toBe(link);
  await expect(page.getByRole('button', { name: 'Copy Markdown' })).toBeEnabled();
  expect.soft(await copy(() => page.getByRole('button', { name: 'Copy Markdown' }).click()), '"Copy Markdown"').toContain(link);
  expect.soft(await copy(() => page.keyboard.press('c')), 'the c key').toBe(link);
});

test('a token the server rejects mid-session: to /viewer/signin with the in-app path as next, and back after sign-in', async ({ page }) => {
  await signIn(page, `${REAL_BASE}runs/1`);
  await expect(page).toHaveURL(`${REAL}${REAL_BASE}runs/1`);
  // As if the token were revoked: the stored session keeps a token the server does not know.
  await page.evaluate((key) => {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    sessionStorage.setItem(key, JSON.stringify({ ...stored, token: 'real-revoked' }));
  }, SESSION_KEY);
  await page.goto(`${REAL_BASE}runs/2?status=all#top`);
  await expect(page.getByLabel('API token')).toBeVisible();
  const signin = new URL(page.url());
  expect(signin.pathname).toBe(`${REAL_BASE}signin`);
  expect(signin.searchParams.get('next')).toBe('/runs/2?status=all#top');
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${REAL}${REAL_BASE}runs/2?status=all#top`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Run 2');
});

test('every state of the real server, screen by screen, without a contract error or a wasted file request', async ({ page }) => {
  test.setTimeout(180_000);
  const logStart = (await requestLog(page)).length;
  await signIn(page, REAL_BASE);

  await visit(page, `${REAL_BASE}runs/3`, async () => {
    await expect.soft(page.getByRole('heading', { level: 1 })).toContainText('Run 3');
    await expect.soft(page.getByText('error (no results)').first()).toBeVisible();
    await expect.soft(page.getByText('This run completed with no results: the platform reports it as “error”.')).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/1/samples/1/regressions/1/outputs/1`, async () => {
    // The diff: the changed caption line, on the actual side.
    await expect.soft(page.getByText('The weather will be fine!').first()).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/1/samples/2/regressions/2/outputs/2`, async () => {
    await expect.soft(page.getByText('Matched expected').first()).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/1/samples/3`, async () => {
    await expect.soft(page.getByText('Missing output').first()).toBeVisible();
    // The expected file is known only through /regression-tests/3: expected_filename `_out3`, correct_extension `.txt`.
    await expect.soft(page.getByText('_out3.txt').first()).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/1/samples/3/regressions/3/outputs/3`, async () => {
    // The output screen of the missing output: the regression test names the expected file, and where to find it.
    await expect.soft(page.getByRole('heading', { name: 'Missing output' })).toBeVisible();
    await expect.soft(page.getByRole('heading', { level: 1 })).toHaveText('mp4_608_sample_out3.txt');
    await expect.soft(page.getByText('f1a827452a86a9496c234e6e555278d4378ad88e759780aaee89fadff1d3cae6.txt')).toBeVisible();
    await expect.soft(page.getByText('Not found', { exact: true })).toHaveCount(0);
  });

  await visit(page, `${REAL_BASE}runs/2/samples/4/regressions/4/outputs/4`, async () => {
    // Matched, but the expected file it matched is gone from storage since.
    await expect.soft(page.getByRole('heading', { name: 'Matched expected' })).toBeVisible();
    await expect.soft(page.getByText(/Expected file missing from storage/)).toBeVisible();
    await expect.soft(page.getByText('Not found', { exact: true })).toHaveCount(0);
  });

  await visit(page, `${REAL_BASE}runs/1/samples/4/regressions/4/outputs/4`, async () => {
    await expect.soft(page.getByText('Expected file missing from storage').first()).toBeVisible();
    await expect.soft(page.getByText('Actual output whose expected file is missing').first()).toBeVisible();
    await expect.soft(page.getByText('Not found', { exact: true })).toHaveCount(0);
  });

  await visit(page, `${REAL_BASE}runs/1/samples/5/regressions/5/outputs/5`, async () => {
    await expect.soft(page.getByText('Matches an accepted variant').first()).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/1/samples/5/regressions/6/outputs/6`, async () => {
    await expect.soft(page.getByText('exit code 3, expected 0').first()).toBeVisible();
  });

  await visit(page, `${REAL_BASE}runs/2/samples/2/regressions/2/outputs/2`, async () => {
    // CRLF against LF, and one changed line: the notes name line endings (src/features/outputs: whitespace-notices,
    // invisibles: "… line endings …").
    await expect.soft(page.getByText(/line endings/).first()).toBeVisible();
    await expect.soft(page.getByText('DVB line 2').first()).toBeVisible();
  });

  // A reload of a deep link keeps its screen.
  const deepLink = `${REAL_BASE}runs/1/samples/1/regressions/1/outputs/1?view=unified#R6`;
  await page.goto(deepLink);
  await expect(page).toHaveTitle(/Run 1/);
  await page.reload();
  await expect(page).toHaveURL(`${REAL}${deepLink}`);
  await expect(page.getByLabel('API token')).toBeHidden();
  await expect(page).toHaveTitle(/Run 1/);
  await expectNoContractError(page, `${deepLink} after a reload`);

  // The viewer learns from its first file request whether the server has path- or query-style file routes: at
  // most one request of the whole walk goes to the query-style routes this server does not have.
  const seen = (await requestLog(page)).slice(logStart);
  const queryStyle = seen.filter((r) => /\/api\/v1\/runs\/\d+\/samples\/\d+\/(actual|expected|diff)\?(.*&)?regression_id=/.test(r.path));
  const unmatched = seen.filter((r) => r.recording === null).map((r) => `${r.method} ${r.path}`);
  console.log(`\nquery-style file requests in the walk: ${queryStyle.length}; API requests: ${seen.length}`);
  if (unmatched.length > 0)
    console.log(`\n--- requests the recordings do not answer (404) ---\n${[...new Set(unmatched)].join('\n')}\n---`);
  expect.soft(queryStyle.length, `query-style file requests:\n${queryStyle.map((r) => r.path).join('\n')}`).toBeLessThanOrEqual(1);
  expect(
    seen.filter((r) => r.status === 401).map((r) => r.path),
    'requests answered 401',
  ).toEqual([]);
});

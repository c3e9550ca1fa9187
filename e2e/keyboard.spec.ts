// Every keyboard shortcut, in Chromium against the production build and the HTTP mock server: `?` help, `/` search,
// `c` copy link, `j`/`k` hunks, `u` split/unified, `n`/`p` failing outputs; none of them while typing in a field.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { outputPath, resetMock, signIn } from './support/app';

const MAIN = scenarios.runs.mainFailing;
const DIFFERS = outputPath(scenarios.differs);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const help = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const hunks = (page: Page) => page.getByRole('region', { name: /^Hunk \d+ of \d+$/ });
const position = (page: Page) => page.getByRole('navigation', { name: 'Failures in this run' });
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('? opens the list of shortcuts and closes it again; Esc closes it too', async ({ page }) => {
  await signIn(page, { path: `/runs/${MAIN}` });
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('?');
  await expect(help(page)).toBeVisible();
  await expect(help(page).getByRole('term')).toHaveText(['?', 'c', '/', 'j', 'k', 'n', 'p', 'u', 'Space', '[', ']']);
  await expect(help(page)).toContainText('Open an output file to use these.');
  await page.keyboard.press('?');
  await expect(help(page)).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help(page)).toBeHidden();
  // Focus returns to the button that opened it.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});

test('/ goes to the search box; letters typed there stay letters', async ({ page }) => {
  await signIn(page, { path: `/runs/${MAIN}` });
  await expect(page.getByRole('table', { name: 'Samples of this run' })).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Sample name' });
  await expect(search).toBeFocused();
  // j, k, c, u, n, p and ? are text here.
  await page.keyboard.type('jkcunp?');
  await expect(search).toHaveValue('jkcunp?');
  await expect(help(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/runs/${MAIN}`));

  // On the runs list, `/` goes to its first filter box.
  await page.goto('/');
  await expect(heading(page)).toHaveText('Runs');
  await page.keyboard.press('/');
  await expect(page.getByRole('search', { name: 'Filter runs' }).getByRole('textbox').first()).toBeFocused();
});

test('c copies the link to the page, without the token', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, { path: `${DIFFERS}?view=unified` });
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await page.keyboard.press('c');
  await expect(page.getByText('Link copied to the clipboard', { exact: true })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).pathname + new URL(copied).search).toBe(`${DIFFERS}?view=unified`);
});

test('j and k step through the hunks, focusing each; u switches split and unified and back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await signIn(page, { path: DIFFERS });
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  // Long hunks are drawn over a few frames: wait for the last one.
  await expect(hunks(page).last()).toHaveAccessibleName(/^Hunk (\d+) of \1$/);
  const count = await hunks(page).count();
  expect(count).toBeGreaterThan(2);

  await page.keyboard.press('j');
  await expect(hunks(page).nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(hunks(page).nth(1)).toBeFocused();
  await expect(hunks(page).nth(1)).toBeInViewport();
  await page.keyboard.press('j');
  await expect(hunks(page).nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(hunks(page).nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(hunks(page).nth(0)).toBeFocused();

  // From the last hunk, j stays there.
  await hunks(page).last().focus();
  await page.keyboard.press('j');
  await expect(hunks(page).last()).toBeFocused();

  await page.keyboard.press('u');
  await expect(page).toHaveURL(`${DIFFERS}?view=unified`);
  await expect(page.getByRole('button', { name: 'Unified' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('u');
  await expect(page).toHaveURL(`${DIFFERS}?view=split`);
  await expect(page.getByRole('button', { name: 'Split' })).toHaveAttribute('aria-pressed', 'true');
});

test('n and p open the next and previous failing output of the run, keeping the view', async ({ page }) => {
  await signIn(page, { path: `${DIFFERS}?view=unified` });
  await expect(position(page)).toContainText(/failure \d+ of \d+/);
  const first = await position(page)
    .getByText(/failure \d+ of \d+/)
    .textContent();
  const [, at, total] = /failure (\d+) of (\d+)/.exec(first ?? '') ?? [];
  expect(Number(total)).toBeGreaterThan(Number(at));

  await page.keyboard.press('n');
  await expect(position(page)).toContainText(`failure ${Number(at) + 1} of ${total}`);
  expect(pathOf(page)).not.toContain(DIFFERS);
  expect(new URL(page.url()).searchParams.get('view')).toBe('unified');
  // The new screen's heading has focus, for screen readers.
  await expect(heading(page)).toBeFocused();

  await page.keyboard.press('p');
  await expect(position(page)).toContainText(`failure ${at} of ${total}`);
  expect(pathOf(page)).toBe(`${DIFFERS}?view=unified`);
});

test('n on the last failure says so and stays', async ({ page }) => {
  // The run's last failure in list order: its missing output.
  await signIn(page, { path: outputPath(scenarios.missingOutput) });
  await expect(position(page)).toContainText(/failure \d+ of \d+/);
  const total = Number(/of (\d+)/.exec((await position(page).textContent()) ?? '')?.[1]);
  await expect(position(page)).toContainText(`failure ${total} of ${total}`);
  await expect(position(page).getByText('this is the last')).toBeVisible();

  // p and n step off the end and back onto it.
  await page.keyboard.press('p');
  await expect(position(page)).toContainText(`failure ${total - 1} of ${total}`);
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('n');
  await expect(position(page)).toContainText(`failure ${total} of ${total}`);
  await expect(heading(page)).toBeFocused();

  const last = page.url();
  await page.keyboard.press('n');
  await expect(page.getByText('This is the last failing output of the run', { exact: true })).toBeVisible();
  expect(page.url()).toBe(last);
});

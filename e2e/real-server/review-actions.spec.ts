// The review writes against the platform's real server, replayed (scripts/replay-real-api.ts serves its recorded
// writes as recorded, every time): approving as the admin, the refusal shown before any click to a read token, and
// a finished run's Run again answered as the platform answered it.
import { expect, test, type Page } from '@playwright/test';
import { REAL, REAL_BASE } from '../../scripts/e2e-ports.mjs';

type Seen = { method: string; path: string; status: number; recording: string | null };

async function posts(page: Page): Promise<Seen[]> {
  const response = await page.request.get(`${REAL}/__requests`, { maxRetries: 2 });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { requests: Seen[] }).requests.filter((r) => r.method === 'POST');
}

async function signIn(page: Page, path: string, token: string) {
  await page.goto(path);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('API token')).toBeHidden();
}

const OUTPUT_1 = `${REAL_BASE}runs/1/samples/1/regressions/1/outputs/1`;

test('an admin’s read token sees Approve as expected disabled, with the missing scope, and sends nothing', async ({ page }) => {
  const before = (await posts(page)).length;
  await signIn(page, OUTPUT_1, 'real-read');
  await expect(page.getByRole('button', { name: 'Approve as expected' })).toBeDisabled();
  // The platform's seeded user is an admin: only the scope is missing from this token.
  await expect(page.getByText('Needs the baselines:write scope', { exact: true })).toBeVisible();
  expect((await posts(page)).length).toBe(before);
});

test('the admin approves with one POST, and reads the platform’s answer', async ({ page }) => {
  await signIn(page, OUTPUT_1, 'real-admin');
  const before = (await posts(page)).length;
  await page.getByRole('button', { name: 'Approve as expected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve as expected?' });
  await expect(dialog).toContainText('The actual file of run 1 becomes the expected file of regression test 1 for every future run.');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status', { name: 'Review' })).toContainText('Approved as expected by admin');
  const sent = (await posts(page)).slice(before);
  expect(sent.map((r) => [r.path, r.status, r.recording])).toEqual([['/api/v1/runs/1/samples/1/baseline-approval', 200, 'approve_ok']]);
});

test('Run again on a finished run: the platform’s 202 accepted', async ({ page }) => {
  await signIn(page, `${REAL_BASE}runs/2`, 'real-admin');
  await page.getByRole('button', { name: 'Run again' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Run again' }).click();
  await expect(page.getByText('Run 2 is queued to run again.')).toBeVisible();
  await expect(page.getByText('The platform says: “Run has been queued to run again.”')).toBeVisible();
});

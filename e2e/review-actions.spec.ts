// Finishing a review where it starts (issue 18): approve a new baseline, run again, cancel, and what happened in a
// run, through the production build against the HTTP mock server, whose request log counts every write: one
// confirmation sends one POST, a refusal before the click sends none, and a failed POST is never sent again.
//
// Serial: the tests share demo-admin's and demo-contributor's session on the mock (what a write changed is kept per
// token), and a fault armed for one must not meet another.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN } from '../src/testing/mocks/tokens';
import { outputPath, signIn } from './support/app';
import { apiLog, armFaults, forgetLog, liftFaults } from './support/faults';

test.describe.configure({ mode: 'serial' });

const posts = async (request: APIRequestContext, token: string, path: RegExp) =>
  (await apiLog(request, token)).filter((entry) => entry.method === 'POST' && path.test(entry.path));

const APPROVAL = /\/baseline-approval$/;

test.beforeEach(async ({ request }) => {
  for (const token of [DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN]) {
    await forgetLog(request, token);
    await liftFaults(request, token);
  }
});

async function openApproval(page: Page) {
  await page.getByRole('button', { name: 'Approve as expected' }).click();
  return page.getByRole('dialog', { name: 'Approve as expected?' });
}

test('approve as expected: one confirmation, one POST, and the screen tells the truth about this run and future ones', async ({
  page,
  request,
}) => {
  const s = scenarios.differs;
  await signIn(page, { path: outputPath(s), token: DEMO_ADMIN_TOKEN });
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await expect(page.getByText('The baseline has changed since this run')).toHaveCount(0);

  const dialog = await openApproval(page);
  await expect(dialog).toContainText(
    `The actual file of run ${s.runId} becomes the expected file of regression test ${s.regressionId} for every future run.`,
  );
  await expect(dialog).toContainText('linux');
  await expect(dialog).toContainText(/lines? added/);
  await expect(dialog.getByRole('radio', { name: "Keep other platforms' variants" })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Replace the baseline on every platform/ })).not.toBeChecked();
  // Cancel sends nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The dialog's code loaded with its first opening (confirm-dialog.tsx): focus still goes back where it was.
  await expect(page.getByRole('button', { name: 'Approve as expected' })).toBeFocused();
  expect(await posts(request, DEMO_ADMIN_TOKEN, APPROVAL)).toHaveLength(0);

  const again = await openApproval(page);
  await again.getByRole('button', { name: 'Approve' }).dblclick();
  const result = page.getByRole('status', { name: 'Review' });
  await expect(result).toContainText('Approved as expected by Demo Admin');
  await expect(result).toContainText(`Future runs of regression test ${s.regressionId} compare with this file.`);
  await expect(result).toContainText('This run’s result stays as it was recorded');
  // The regression test was read again: its baseline is no longer the file this run was compared with.
  await expect(page.getByText('The baseline has changed since this run.')).toBeVisible();
  // This run's diff is still the recorded one.
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  const sent = await posts(request, DEMO_ADMIN_TOKEN, APPROVAL);
  expect(sent.map((e) => e.path)).toEqual([`/runs/${s.runId}/samples/${s.sampleId}/baseline-approval`]);
  expect(sent[0]?.status).toBe(200);

  // A reload: the run still reads as recorded, and says its baseline changed since.
  await page.reload();
  await expect(page.getByText('The baseline has changed since this run.')).toBeVisible();
  // Nothing left to approve: this run's actual file is the baseline now.
  await expect(page.getByRole('note').filter({ hasText: 'Approved as expected.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve as expected' })).toHaveCount(0);
  expect(await posts(request, DEMO_ADMIN_TOKEN, APPROVAL)).toHaveLength(1);
});

test('without the rights the action is disabled with the reason, and nothing is sent', async ({ page, request }) => {
  await signIn(page, { path: outputPath(scenarios.missingExpected), token: DEMO_CONTRIBUTOR_TOKEN });
  const button = page.getByRole('button', { name: 'Approve as expected' });
  await expect(button).toBeDisabled();
  await expect(page.getByText('Needs the baselines:write scope and the admin role')).toBeVisible();
  await button.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await posts(request, DEMO_CONTRIBUTOR_TOKEN, /.*/)).toHaveLength(0);
});

test('a failed POST is not retried: it says what is known, and the user decides', async ({ page, request }) => {
  await armFaults(request, [
    { token: DEMO_ADMIN_TOKEN, method: 'POST', path: '/runs/*/samples/*/baseline-approval', fault: 'html500', times: 1 },
  ]);
  await signIn(page, { path: outputPath(scenarios.missingExpected), token: DEMO_ADMIN_TOKEN });
  const dialog = await openApproval(page);
  await expect(dialog).toContainText('No expected baseline');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The approval may or may not have happened');
  await expect(alert).toContainText('It was not sent again.');
  await page.waitForTimeout(3_000);
  expect(await posts(request, DEMO_ADMIN_TOKEN, APPROVAL)).toHaveLength(1);
  await expect(dialog.getByRole('button', { name: 'Approve' })).toBeEnabled();
  await expect(page.getByRole('status', { name: 'Review' })).toHaveCount(0);
});

test('run again: asks first, says the results are cleared, one POST, then the run reads queued', async ({ page, request }) => {
  const runId = scenarios.runs.windowsPass;
  await signIn(page, { path: `/runs/${runId}`, token: DEMO_CONTRIBUTOR_TOKEN });
  await page.getByRole('button', { name: 'Run again' }).click();
  const dialog = page.getByRole('dialog', { name: `Queue run ${runId} again?` });
  await expect(dialog).toContainText('Its results and progress are cleared');
  await dialog.getByRole('button', { name: 'Run again' }).dblclick();
  await expect(page.getByText(`Run ${runId} is queued to run again.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run facts' })).toContainText('queued');
  await expect(page.getByText('This run is queued: it has no results yet.')).toBeVisible();
  // Queued now: the action offered is Cancel run, and its progress shows.
  await expect(page.getByRole('button', { name: 'Cancel run' })).toBeVisible();
  await expect(page.getByRole('list', { name: /newest last/ })).toContainText('Queued again by Demo Contributor via API');
  expect((await posts(request, DEMO_CONTRIBUTOR_TOKEN, /./)).map((e) => e.path)).toEqual([`/runs/${runId}/restart`]);
});

test('cancel run: asks first, one POST, then the run reads canceled', async ({ page, request }) => {
  const runId = scenarios.runs.running;
  await signIn(page, { path: `/runs/${runId}`, token: DEMO_CONTRIBUTOR_TOKEN });
  await page.getByRole('button', { name: 'Cancel run' }).click();
  const dialog = page.getByRole('dialog', { name: `Cancel run ${runId}?` });
  await dialog.getByRole('button', { name: 'Cancel run' }).click();
  await expect(page.getByText(`Run ${runId} is being canceled.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run facts' })).toContainText('canceled');
  await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
  expect((await posts(request, DEMO_CONTRIBUTOR_TOKEN, /./)).map((e) => e.path)).toEqual([`/runs/${runId}/cancel`]);
});

test('a running run shows its progress, refreshed while visible', async ({ page, request }) => {
  const runId = scenarios.runs.running;
  await page.clock.install();
  await signIn(page, { path: `/runs/${runId}`, token: DEMO_ADMIN_TOKEN });
  const progress = page.getByRole('list', { name: `Progress of run ${runId}, newest last` });
  await expect(progress.getByRole('listitem').first()).toContainText('queued');
  await expect(progress.getByRole('listitem').last()).toContainText('regression tests done');
  const reads = async () => (await apiLog(request, DEMO_ADMIN_TOKEN)).filter((e) => e.path.startsWith(`/runs/${runId}/progress`)).length;
  expect(await reads()).toBe(1);
  await page.clock.fastForward('00:16');
  await expect.poll(reads).toBe(2);
});

test('a finished run groups its errors by type, each opening to errors linked to their output', async ({ page, request }) => {
  const runId = scenarios.runs.mainFailing;
  await signIn(page, { path: `/runs/${runId}`, token: DEMO_ADMIN_TOKEN });
  await expect(page.getByRole('heading', { name: /^Samples/ })).toBeVisible();
  // One click away: nothing is read before it.
  expect((await apiLog(request, DEMO_ADMIN_TOKEN)).filter((e) => /\/(errors|error-summary|artifacts)/.test(e.path))).toEqual([]);
  await page.getByRole('heading', { name: 'Errors' }).click();
  const groups = page.getByRole('list', { name: 'Errors by type' });
  await groups.getByText('Outputs that differ').click();
  const link = page.getByRole('link', { name: 'Open the output' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}/samples/\\d+/regressions/\\d+/outputs/\\d+$`));
  await expect(page.getByRole('heading', { name: /Differs from expected|Matches an accepted variant/ })).toBeVisible();
});

test('a sample’s logs open on request, load older lines and filter by level', async ({ page, request }) => {
  const s = scenarios.differs;
  await signIn(page, { path: `/runs/${s.runId}/samples/${s.sampleId}`, token: DEMO_ADMIN_TOKEN });
  await expect(page.getByRole('heading', { name: new RegExp(`Regression tests in run ${s.runId}`) })).toBeVisible();
  expect((await apiLog(request, DEMO_ADMIN_TOKEN)).filter((e) => e.path.includes('/logs'))).toHaveLength(0);
  await page.getByRole('button', { name: 'Logs' }).click();
  const log = page.getByRole('log', { name: `Log of sample ${s.sampleId} in run ${s.runId}` });
  await expect(log.locator('.log-line').first()).toBeVisible();
  await expect(page.getByText('100 lines (older lines not loaded)')).toBeVisible();
  await page.getByRole('button', { name: 'Load older lines' }).click();
  await expect(page.getByText(/^200 lines/)).toBeVisible();
  await page.getByLabel('Level').selectOption('error');
  await expect(log.locator('.log-line').first()).toContainText('ERROR');
});

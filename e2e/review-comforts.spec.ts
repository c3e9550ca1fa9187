// Comforts of the best diff tools: hide whitespace changes (?w=1), selecting one side of the split view without
// line numbers, and a "viewed" mark per output for the browser session.
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';
import { API_BASE, outputPath, resetMock, signIn } from './support/app';

type DiffLine = { kind: 'context' | 'added' | 'removed'; text: string; expected_line: number | null; actual_line: number | null };
type Diff = { hunks: Array<{ lines: DiffLine[] }> };

const WHITESPACE = outputPath(scenarios.trailingWhitespace);
const hunks = (page: Page) => page.getByRole('region', { name: /^Hunk \d+ of \d+$/ });
const hideWhitespace = (page: Page) => page.getByRole('checkbox', { name: 'Hide whitespace changes' });

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('a whitespace-only failure says so at a glance, and ?w=1 hides it, surviving a reload', async ({ page }) => {
  await signIn(page, { path: WHITESPACE });
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await expect(page.getByText('Whitespace only', { exact: true })).toBeVisible();
  await expect(hunks(page).first()).toBeVisible();

  await hideWhitespace(page).check();
  await expect(page).toHaveURL(`${WHITESPACE}?w=1`);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing but whitespace differs' })).toBeVisible();
  await expect(hunks(page)).toHaveCount(0);
  await page.reload();
  await expect(hideWhitespace(page)).toBeChecked();
  await expect(hunks(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Show whitespace changes' }).click();
  await expect(page).toHaveURL(WHITESPACE);
  await expect(hunks(page).first()).toBeVisible();
});

test('a real failure keeps its changes with whitespace hidden', async ({ page }) => {
  await signIn(page, { path: `${outputPath(scenarios.differs)}?w=1` });
  await expect(hideWhitespace(page)).toBeChecked();
  await expect(hunks(page).first()).toBeVisible();
  await expect(page.getByText('Whitespace only', { exact: true })).toHaveCount(0);
});

test('selecting lines in the split view copies one side only, without line numbers', async ({ page }) => {
  await page.setViewportSize({ width: 1300, height: 900 });
  const response = await page.request.get(
    `${API_BASE}/runs/${scenarios.differs.runId}/samples/${scenarios.differs.sampleId}/diff?regression_id=${scenarios.differs.regressionId}&output_id=${scenarios.differs.outputId}`,
    { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } },
  );
  expect(response.ok()).toBe(true);
  const first = ((await response.json()) as Diff).hunks[0];
  // The first dozen rows of the first hunk: they fit on screen.
  const rows = (first?.lines ?? []).slice(0, 12);
  const expectedSide = rows.filter((line) => line.kind !== 'added');
  const actualOnly = rows.filter((line) => line.kind === 'added').map((line) => line.text.trim());

  await signIn(page, { path: outputPath(scenarios.differs) });
  const hunk = hunks(page).first();
  await expect(hunk.locator('td.left').first()).toBeVisible();
  // The files' facts and the caption verdict arrive after the diff and push it down: measure once they are in.
  await expect(page.getByRole('button', { name: 'Download actual' })).toBeVisible();
  await expect(page.locator('.caption-verdict[data-verdict]')).toBeVisible();
  await hunk.scrollIntoViewIfNeeded();
  // The content cells beside the first and last expected line numbers of the hunk.
  const from = await hunk.locator(`#L${expectedSide[0]?.expected_line} ~ td.left`).boundingBox();
  const to = await hunk.locator(`#L${expectedSide.at(-1)?.expected_line} ~ td.left`).boundingBox();
  if (!from || !to) throw new Error('no cells to select');
  await page.mouse.move(from.x + 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width - 4, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  const lines = selected
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

  // The expected side's text, line by line: no actual-only line, no line number in front.
  expect(lines).toEqual(expectedSide.map((line) => line.text.trim()).filter(Boolean));
  for (const text of actualOnly) if (!expectedSide.some((line) => line.text.trim() === text)) expect(selected).not.toContain(text);
  expect(selected).not.toMatch(new RegExp(`^\\s*${expectedSide[0]?.expected_line}\\b`));
});

test('an opened output is marked "viewed" on the sample and run screens for the rest of the session', async ({ page }) => {
  const { runId, sampleId, regressionId, outputId } = scenarios.differs;
  await signIn(page, { path: `/runs/${runId}/samples/${sampleId}` });
  const outputs = page.getByRole('list', { name: `Output files of regression test ${regressionId}` });
  await expect(outputs).toBeVisible();
  await expect(outputs.getByText('viewed')).toHaveCount(0);

  await outputs.getByRole('link').first().click();
  await expect(page).toHaveURL(outputPath({ runId, sampleId, regressionId, outputId }));
  await expect(page.getByRole('heading', { name: 'Differs from expected' })).toBeVisible();
  await page.goBack();
  await expect(outputs.getByText('viewed')).toBeVisible();

  await page.goto(`/runs/${runId}`);
  const row = page
    .getByRole('table', { name: 'Samples of this run' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /./ }) });
  await expect(row.getByText(/viewed/)).toHaveCount(1);
  await page.reload();
  await expect(row.getByText(/viewed/)).toHaveCount(1);
});

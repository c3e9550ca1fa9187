// Shared steps of the e2e suites: sign in through the real form, reset the HTTP mock server.
import { expect, type Page } from '@playwright/test';
import { DEMO_MAINTAINER_TOKEN } from '../../src/testing/mocks/tokens';

import { MOCK_API } from '../../scripts/e2e-ports.mjs';

export { MOCK_API };
export const API_BASE = `${MOCK_API}/api/v1`;

/**
 * Re-arms the mock's one-time states (the first-request 429) of `token` only: the states of other tokens (the review
 * actions' approvals as demo-admin) belong to tests running beside this one.
 */
export async function resetMock(page: Page, token = DEMO_MAINTAINER_TOKEN) {
  const response = await page.request.post(`${MOCK_API}/__reset?token=${encodeURIComponent(token)}`);
  expect(response.ok()).toBe(true);
}

/** Opens `path` signed out, signs in on the form that appears, and waits to land back on `path`. */
export async function signIn(page: Page, { path = '/', token = DEMO_MAINTAINER_TOKEN, remember = false } = {}) {
  await page.goto(path);
  await expect(page.getByLabel('API token')).toBeVisible();
  await page.getByLabel('API token').fill(token);
  if (remember) await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('API token')).toBeHidden();
}

export function outputPath(s: { runId: number; sampleId: number; regressionId: number; outputId: number }) {
  return `/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
}

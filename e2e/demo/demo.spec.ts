// The demo build (in-browser MSW backend): a first-time visitor signs in with the token the form names.
import { expect, test } from '@playwright/test';

test('signs in with the demo token shown on the form and sees the runs list', async ({ page }) => {
  await page.goto('/');
  const tokenField = page.getByLabel('API token');
  await expect(tokenField).toBeVisible();

  const demoToken = (await page.locator('.signin-demo code').first().textContent())?.trim() ?? '';
  expect(demoToken).toBe('demo-maintainer');
  await tokenField.fill(demoToken);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(tokenField).toBeHidden();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Runs' })).toBeVisible();
  await expect(page.getByText('Demo Maintainer')).toBeVisible();
  await expect(page.getByRole('link', { name: /9461/ }).first()).toBeVisible();
});

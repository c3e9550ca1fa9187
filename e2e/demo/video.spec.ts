// "Play with video" in the demo build: the sample is the demo's own test pattern, served by the in-browser backend
// with ranges (its service worker would otherwise answer a video whole, and a video answered whole cannot seek).
import { expect, test } from '@playwright/test';
import { scenarios } from '../../src/testing/mocks/scenarios';
import { outputPath } from '../support/app';

test('plays the sample with the tracks "Expected" and "Actual", and "Play from here" seeks to the cue', async ({ page }) => {
  await page.goto(`${outputPath(scenarios.captionShift)}?view=cues`);
  await page.getByLabel('API token').fill('demo-maintainer');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Play with video' }).click({ timeout: 15_000 });
  const video = page.locator('.video-panel video');
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => Array.from(element.textTracks).map((track) => track.label)))
    .toEqual(['Expected', 'Actual']);
  // Seekable: the whole 32 s, not nothing.
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.seekable.length && element.seekable.end(0)))
    .toBeGreaterThan(30);

  await video.evaluate((element: HTMLVideoElement) => {
    const seeks: number[] = [];
    (window as unknown as { seeks: number[] }).seeks = seeks;
    element.addEventListener('seeked', () => seeks.push(element.currentTime));
  });
  const rows = page.getByRole('table', { name: 'Cues, expected and actual' }).getByRole('rowgroup').nth(1).getByRole('row');
  await rows.nth(4).getByRole('button', { name: 'Play from here' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { seeks: number[] }).seeks[0] ?? -1)).toBeGreaterThan(0);
  const seekedTo = await page.evaluate(() => (window as unknown as { seeks: number[] }).seeks[0] ?? NaN);
  expect(Math.abs(seekedTo - 11.428)).toBeLessThan(0.5);
});

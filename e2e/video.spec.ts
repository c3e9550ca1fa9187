// The sample's video beside the cue view, in Chromium against the production build: the tracks "Expected" and
// "Actual", the table following the playback, "Play from here", `[`/`]`, and the honest sentences for what cannot
// play. The mock's signed URLs point at its storage server on another origin (scripts/lib/media-server.ts).
import { expect, test, type Page } from '@playwright/test';
import { scenarios } from '../src/testing/mocks/scenarios';
import { MEDIA } from '../scripts/e2e-ports.mjs';
import { outputPath, resetMock, signIn } from './support/app';

const cueTable = (page: Page) => page.getByRole('table', { name: 'Cues, expected and actual' });
const bodyRows = (page: Page) => cueTable(page).getByRole('rowgroup').nth(1).getByRole('row');
const video = (page: Page) => page.locator('.video-panel video');
const currentTime = (page: Page) => video(page).evaluate((element: HTMLVideoElement) => element.currentTime);
const loadedChunks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop() ?? ''));

/** The time the video's next seek went to, after `action`. */
async function seekedTo(page: Page, action: () => Promise<unknown>): Promise<number> {
  await video(page).evaluate((element: HTMLVideoElement) => {
    const seeks: number[] = [];
    (window as unknown as { seeks: number[] }).seeks = seeks;
    element.addEventListener('seeked', () => seeks.push(element.currentTime));
  });
  await action();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seeks: number[] }).seeks.length), { timeout: 10_000 })
    .toBeGreaterThan(0);
  return page.evaluate(() => (window as unknown as { seeks: number[] }).seeks[0] ?? NaN);
}

const pause = (page: Page) => video(page).evaluate((element: HTMLVideoElement) => element.pause());

/** Seeks (paused unless `paused` is false) and waits for the seek to end. */
async function setTime(page: Page, seconds: number, paused = true) {
  await video(page).evaluate(
    (element: HTMLVideoElement, [to, stop]) =>
      new Promise<void>((resolve) => {
        if (stop) element.pause();
        else void element.play();
        element.addEventListener('seeked', () => resolve(), { once: true });
        element.currentTime = to as number;
      }),
    [seconds, paused] as const,
  );
}

async function openCues(page: Page, scenario: keyof typeof scenarios) {
  await signIn(page, { path: `${outputPath(scenarios[scenario] as Parameters<typeof outputPath>[0])}?view=cues` });
  await expect(bodyRows(page).first()).toBeVisible({ timeout: 15_000 });
}

test.beforeEach(async ({ page }) => {
  await resetMock(page);
});

test('"Play with video" loads the player on demand and plays the sample with the tracks "Expected" and "Actual"', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
  });
  await openCues(page, 'captionShift');
  // Nobody pressed play: the player's code has not been fetched.
  expect((await loadedChunks(page)).filter((name) => /video-panel|mpegts/.test(name))).toEqual([]);

  await page.getByRole('button', { name: 'Play with video' }).click();
  await expect(video(page)).toBeVisible();
  expect((await loadedChunks(page)).some((name) => name.startsWith('video-panel'))).toBe(true);
  await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await video(page).evaluate((element: HTMLVideoElement) => Math.round(element.duration))).toBe(32);

  const tracks = () =>
    video(page).evaluate((element: HTMLVideoElement) =>
      Array.from(element.textTracks).map((track) => ({ label: track.label, mode: track.mode, cues: track.cues?.length ?? null })),
    );
  await expect.poll(tracks).toEqual([
    { label: 'Expected', mode: 'showing', cues: 12 },
    { label: 'Actual', mode: 'disabled', cues: null },
  ]);
  await page.getByRole('radio', { name: 'Actual' }).check();
  await expect.poll(tracks).toEqual([
    // A disabled track lists no cues.
    { label: 'Expected', mode: 'disabled', cues: null },
    { label: 'Actual', mode: 'showing', cues: 12 },
  ]);
  // The actual track's cues are the actual file's: 33 ms late.
  expect(
    await video(page).evaluate((element: HTMLVideoElement) => {
      const cue = element.textTracks[1]?.cues?.[0];
      return cue && [cue.startTime, cue.endTime];
    }),
  ).toEqual([2.323, 4.622]);

  // The video came from the storage origin, read with range requests.
  const requests = (await (await page.request.get(`${MEDIA}/__requests`)).json()) as {
    file: string;
    range: string | null;
    status: number;
  }[];
  expect(requests.filter((r) => r.file === 'test-pattern.webm').some((r) => r.range !== null && r.status === 206)).toBe(true);
  expect(refused).toEqual([]);
});

test('"Play from here" seeks to the cue and the table follows; [ and ] go to the previous and next differing cue', async ({ page }) => {
  await openCues(page, 'captionShift');
  await page.getByRole('button', { name: 'Play with video' }).click();
  await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThan(0);

  // Row 5: expected 00:00:11.428, actual 33 ms later. Where the seek went, read when it happened (the video then
  // plays on, and a loaded machine may take seconds between two steps).
  expect(
    Math.abs((await seekedTo(page, () => bodyRows(page).nth(4).getByRole('button', { name: 'Play from here' }).click())) - 11.428),
  ).toBeLessThan(0.5);
  await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
  await expect(page.getByText('The cue table follows the video.')).toBeVisible();

  // Space pauses and plays (focus on the page, not on a button).
  await page.locator('h1').first().click();
  await page.keyboard.press(' ');
  await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);

  // The cue on screen is marked in both columns: at 11.5 s both sides of row 5; at 11.44 s only the expected one.
  await setTime(page, 11.5);
  await expect(bodyRows(page).nth(4)).toHaveClass(/cue-row--playing-both/);
  await expect(bodyRows(page).nth(4)).toHaveAttribute('aria-current', 'time');
  await setTime(page, 11.44);
  await expect(bodyRows(page).nth(4)).toHaveClass(/cue-row--playing-expected/);
  await expect(bodyRows(page).nth(3)).toHaveClass(/cue-row--playing-actual/);

  // Every row of a shift differs: `]` goes to the next one (from 11.44 s: row 6 at 13.73 s), `[` back.
  expect(Math.abs((await seekedTo(page, () => page.keyboard.press(']'))) - 13.73)).toBeLessThan(0.5);
  await pause(page);
  await setTime(page, 11.44);
  expect(Math.abs((await seekedTo(page, () => page.keyboard.press('['))) - 9.126)).toBeLessThan(0.5);
  await pause(page);

  // A differing cue in a loop: its button stays pressed, and playing past its end goes back to its start.
  const loop = bodyRows(page).nth(2).getByRole('button', { name: 'Play this cue in a loop' });
  expect(Math.abs((await seekedTo(page, () => loop.click())) - 6.924)).toBeLessThan(0.5);
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  await setTime(page, 9.2, false);
  await expect.poll(() => currentTime(page)).toBeLessThan(9.16);
  await loop.click();
  await expect(loop).toHaveAttribute('aria-pressed', 'false');

  // The keys are in the help.
  await page.locator('h1').first().click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByText('Next differing cue')).toBeVisible();
});

test('H.264 in a transport stream plays through MSE (mpegts.js, loaded only for it)', async ({ page }) => {
  await openCues(page, 'captionTextChanged');
  await page.getByRole('button', { name: 'Play with video' }).click();
  await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await video(page).evaluate((element: HTMLVideoElement) => element.src.startsWith('blob:'))).toBe(true);
  expect((await loadedChunks(page)).some((name) => name.startsWith('mpegts'))).toBe(true);
  await expect(page.getByText(/cannot play/)).toHaveCount(0);
  expect(
    Math.abs((await seekedTo(page, () => bodyRows(page).nth(3).getByRole('button', { name: 'Play from here' }).click())) - 9.126),
  ).toBeLessThan(0.5);
});

test('MPEG-2 video says the browser cannot play it and offers the download, instead of a black box', async ({ page }) => {
  await openCues(page, 'captionEncoding');
  await page.getByRole('button', { name: 'Play with video' }).click();
  await expect(page.getByText('This browser cannot play this sample (its video is MPEG-2, which browsers do not decode).')).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('link', { name: 'Download the sample' })).toHaveAttribute('href', `${MEDIA}/test-pattern-mpeg2.mpegts`);
  await expect(video(page)).toHaveCount(0);
});

test("a sample with no download URL is only on the platform's disk", async ({ page }) => {
  await openCues(page, 'captionMalformed');
  await page.getByRole('button', { name: 'Play with video' }).click();
  await expect(page.getByText("The sample is only on the platform's disk", { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(video(page)).toHaveCount(0);
});

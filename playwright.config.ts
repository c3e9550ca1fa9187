import { defineConfig } from '@playwright/test';
import {
  APP,
  APP_PORT,
  DEMO,
  DEMO_PORT,
  DIST_SUFFIX,
  MEDIA_PORT,
  MOCK_API,
  MOCK_PORT,
  REAL,
  REAL_BASE,
  REAL_PORT,
} from './scripts/e2e-ports.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// Screenshots for a person to look at (`npm run screenshots`): a project of their own, only when asked for.
const screenshotDir = process.env.SCREENSHOT_DIR;

// scripts/e2e.mjs names the projects it was asked for (`--project real`): only their servers start. Unset: all.
const wanted = process.env.E2E_PROJECTS?.split(',').filter(Boolean);
const serves = (...projects: string[]) => !wanted || projects.some((name) => wanted.includes(name));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Two: a test waits on its servers and timers about half the time, so two keep 2 cores busy (E2E_WORKERS overrides).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  // Sized for a loaded 2-core CI machine, where a run has taken 3.7× a quiet one: a test opening a dozen screens
  // needs it. Waits still end as soon as their state holds; only a real hang spends it.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'http', testIgnore: /(demo|screenshots|real-server)\//, use: { baseURL: APP } },
    { name: 'demo', testMatch: /demo\/.*\.spec\.ts/, use: { baseURL: DEMO } },
    // The platform's real server, replayed, on the origin of a default build served under /viewer/.
    { name: 'real', testMatch: /real-server\/.*\.spec\.ts/, use: { baseURL: `${REAL}${REAL_BASE}` } },
    ...(screenshotDir ? [{ name: 'screenshots', testMatch: /screenshots\/.*\.spec\.ts/, use: { baseURL: APP } }] : []),
  ],
  webServer: [
    ...(serves('http', 'screenshots')
      ? [
          {
            command: 'npx tsx scripts/mock-api.ts',
            url: `${MOCK_API}/__health`,
            reuseExistingServer: !process.env.CI,
            env: { PORT: String(MOCK_PORT), MEDIA_PORT: String(MEDIA_PORT) },
          },
          {
            command: `npx vite preview --outDir dist-e2e${DIST_SUFFIX} --port ${APP_PORT} --strictPort`,
            url: APP,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(serves('demo')
      ? [
          {
            command: `npx vite preview --outDir dist-demo${DIST_SUFFIX} --port ${DEMO_PORT} --strictPort`,
            url: DEMO,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(serves('real')
      ? [
          {
            command: `npx tsx scripts/replay-real-api.ts dist-real${DIST_SUFFIX}`,
            url: `${REAL}/__health`,
            reuseExistingServer: !process.env.CI,
            env: { PORT: String(REAL_PORT), REPLAY_BASE: REAL_BASE },
          },
        ]
      : []),
  ],
});

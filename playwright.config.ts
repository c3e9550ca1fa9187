import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

export const MOCK_API = 'http://127.0.0.1:4010';
const APP = 'http://127.0.0.1:4173';
const DEMO = 'http://127.0.0.1:4174';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'http', testIgnore: /demo\//, use: { baseURL: APP } },
    { name: 'demo', testMatch: /demo\/.*\.spec\.ts/, use: { baseURL: DEMO } },
  ],
  webServer: [
    { command: 'npx tsx scripts/mock-api.ts', url: `${MOCK_API}/__health`, reuseExistingServer: !process.env.CI, env: { PORT: '4010' } },
    { command: 'npx vite preview --outDir dist-e2e --port 4173 --strictPort', url: APP, reuseExistingServer: !process.env.CI },
    { command: 'npx vite preview --outDir dist-demo --port 4174 --strictPort', url: DEMO, reuseExistingServer: !process.env.CI },
  ],
});

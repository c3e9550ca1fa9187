// What the benchmark (bench.ts) and the profilers (profile-output.ts, profile-list.ts) share: servers started,
// awaited and stopped, a browser context signed in once with the demo token, and the profilers' whole set-up.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { DEMO_MAINTAINER_TOKEN } from '../../src/testing/mocks/tokens';

/** Runs a command to its end, exiting with its status when it fails. */
export function run(command: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Starts a server in its own process group, so it can be stopped with everything it started. */
export function start(command: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(command, { shell: true, stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
}

export async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** Signs in once through the form with "Remember me", so every later page of the context starts signed in. */
export async function signInOnce(context: BrowserContext, app: string) {
  const page = await context.newPage();
  await page.goto(`${app}/signin`);
  await page.getByLabel('API token').fill(DEMO_MAINTAINER_TOKEN);
  await page.getByLabel('Remember me on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('API token').waitFor({ state: 'hidden' });
  await page.close();
}

/** Stops servers started with `start`, with everything they started. */
export function stopAll(servers: ChildProcess[]) {
  for (const server of servers) {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone (a port taken by another run): keep the real error visible
    }
  }
}

/**
 * What the profilers share: an unminified bench build in dist-profile (PROFILE_SKIP_BUILD=1 reuses it), the mock
 * API and a preview on ports of their own (4611 / 4674, moved by E2E_PORT_OFFSET), a headless Chromium with a
 * 1400×900 context signed in; `work` gets them, and the servers stop after it.
 */
export async function withProfiledApp(work: (session: { browser: Browser; context: BrowserContext; app: string }) => Promise<void>) {
  const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
  const mockPort = 4611 + offset;
  const app = `http://127.0.0.1:${4674 + offset}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: see README (npm test installs one) or set PLAYWRIGHT_CHROMIUM_PATH.');
  if (!process.env.PROFILE_SKIP_BUILD) {
    run('npx vite build --outDir dist-profile --minify false --logLevel warn', {
      VITE_API_BASE_URL: `http://127.0.0.1:${mockPort}/api/v1`,
      VITE_API_FILE_ROUTES: 'query',
    });
  }
  const servers = [
    start('npx tsx scripts/mock-api.ts', { PORT: String(mockPort) }),
    start(`npx vite preview --outDir dist-profile --port ${4674 + offset} --strictPort`),
  ];
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${mockPort}/__health`), waitFor(app)]);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await work({ browser, context, app });
    await browser.close();
  } finally {
    stopAll(servers);
  }
}

/** performance.now() when an element matching `selector` is first inside the viewport (polled each frame), or null. */
export async function firstVisible(page: Page, selector: string, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (wanted) => {
        for (const element of document.querySelectorAll(wanted)) {
          const rect = element.getBoundingClientRect();
          if (rect.height > 0 && rect.top < window.innerHeight && rect.bottom > 0) return Math.round(performance.now());
        }
        return false;
      },
      selector,
      { timeout: timeoutMs, polling: 'raf' },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

// What the benchmark (bench.ts) and the profiler (profile-output.ts) share: servers started and awaited, and a
// browser context signed in once with the demo token.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { BrowserContext } from '@playwright/test';
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

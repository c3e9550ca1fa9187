// `npx tsx scripts/profile-output.ts [lines] [scattered|allChanged]`: where the main thread spends the long tasks
// of opening one large output. Builds an unminified bench build (dist-profile; PROFILE_SKIP_BUILD=1 reuses it),
// starts the mock API and a preview (ports of the bench plus 1, moved by E2E_PORT_OFFSET), opens the output with
// the CDP sampling profiler on, and prints each stretch of busy main thread over 50 ms with the functions that
// took its time (inclusive), plus the long tasks the page itself saw.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { scenarios } from '../src/testing/mocks/scenarios';
import { DEMO_MAINTAINER_TOKEN } from '../src/testing/mocks/tokens';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const MOCK_PORT = 4611 + offset;
const APP_PORT = 4674 + offset;
const API = `http://127.0.0.1:${MOCK_PORT}/api/v1`;
const APP = `http://127.0.0.1:${APP_PORT}`;
const OUT_DIR = 'dist-profile';
const lines = Number(process.argv[2] ?? 40_000) as 100 | 2_000 | 10_000 | 40_000;
const change = (process.argv[3] ?? 'allChanged') as 'scattered' | 'allChanged';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };

function start(command: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(command, { shell: true, stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up`);
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

/** Busy stretches (samples not idle, gaps under 2 ms) and, for each, the inclusive time of every function in it. */
function busyStretches(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const file = n.callFrame.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  type Stretch = { startMs: number; endMs: number; self: Map<string, number>; total: Map<string, number> };
  const stretches: Stretch[] = [];
  let t = profile.startTime;
  let current: Stretch | null = null;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const node = byId.get(id);
    if (!node) return;
    const ms = t / 1000;
    const idle = IDLE.has(node.callFrame.functionName) && node.callFrame.functionName !== '(garbage collector)';
    if (idle) {
      if (current && ms - current.endMs > 2) current = null;
      return;
    }
    if (!current) {
      current = { startMs: ms, endMs: ms, self: new Map(), total: new Map() };
      stretches.push(current);
    }
    const d = delta / 1000;
    current.endMs = ms;
    current.self.set(name(node), (current.self.get(name(node)) ?? 0) + d);
    const seen = new Set<string>();
    for (let n: Node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      current.total.set(key, (current.total.get(key) ?? 0) + d);
    }
  });
  return stretches;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium');
  if (!process.env.PROFILE_SKIP_BUILD) {
    const built = spawnSync(`npx vite build --mode bench --outDir ${OUT_DIR} --minify false --logLevel warn`, {
      stdio: 'inherit',
      shell: true,
      env: { ...process.env, VITE_API_BASE_URL: API, VITE_API_FILE_ROUTES: 'query' },
    });
    if (built.status !== 0) process.exit(1);
  }
  const servers = [start('npx tsx scripts/mock-api.ts', { PORT: String(MOCK_PORT) }), start(`npx vite preview --outDir ${OUT_DIR} --port ${APP_PORT} --strictPort`)];
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${MOCK_PORT}/__health`), waitFor(APP)]);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: Array<[number, number]> };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
    });
    const signIn = await context.newPage();
    await signIn.goto(`${APP}/signin`);
    await signIn.getByLabel('API token').fill(DEMO_MAINTAINER_TOKEN);
    await signIn.getByLabel('Remember me on this device').check();
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByLabel('API token').waitFor({ state: 'hidden' });
    await signIn.close();

    const s = scenarios.largeOutputs[change][lines];
    const url = `${APP}/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
    for (let round = 0; round < Number(process.env.PROFILE_ROUNDS ?? 2); round += 1) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator('[class*="diff-removed"], [class*="diff-added"]').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(2_000);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks);
      console.log(`\n=== round ${round + 1}: ${lines} lines ${change}; long tasks [start, duration] ms: ${JSON.stringify(longTasks)}`);
      const stretches = busyStretches(profile).filter((st) => st.endMs - st.startMs > 50);
      const t0 = profile.startTime / 1000;
      for (const st of stretches) {
        console.log(`-- busy ${Math.round(st.endMs - st.startMs)} ms at +${Math.round(st.startMs - t0)} ms`);
        const top = [...st.total.entries()].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 8).slice(0, 30);
        for (const [fn, ms] of top) console.log(`   ${ms.toFixed(0).padStart(5)} ms  ${fn}`);
      }
      await page.close();
    }
    await browser.close();
  } finally {
    for (const server of servers) {
      try {
        if (server.pid) process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  }
}

await main();

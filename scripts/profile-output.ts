// `npx tsx scripts/profile-output.ts [lines] [scattered|allChanged]`: where the main thread spends the long tasks
// of opening one large output. Builds an unminified bench build (dist-profile; PROFILE_SKIP_BUILD=1 reuses it),
// starts the mock API and a preview (ports of the bench plus 1, moved by E2E_PORT_OFFSET), opens the output with
// the CDP sampling profiler on, and prints each long task the page saw with the functions that took its time
// (inclusive; "(program)" is the browser's style, layout and paint).
import { signInOnce, withProfiledApp } from './lib/browser-harness';
import { scenarios } from '../src/testing/mocks/scenarios';

const lines = Number(process.argv[2] ?? 40_000) as 100 | 2_000 | 10_000 | 40_000;
const change = (process.argv[3] ?? 'allChanged') as 'scattered' | 'allChanged';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };

const MARK = 'profileClockMark';

/**
 * For each long task the page saw ([start, duration] in performance.now() ms), the inclusive time of every
 * function sampled inside it. The profile's clock is matched to the page's by a function run at a known time.
 */
function breakdown(profile: Profile, tasks: Array<[number, number]>, markAt: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => {
    const file =
      n.callFrame.url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const stack = (node: Node) => {
    const names: string[] = [];
    for (let n: Node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) names.push(name(n));
    return names;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta) / 1000);
  const markIndex = profile.samples.findIndex((id) => {
    const node = byId.get(id);
    return !!node && stack(node).some((frame) => frame.startsWith(MARK));
  });
  if (markIndex < 0) throw new Error('the clock mark was not sampled');
  const offset = (times[markIndex] ?? 0) - markAt;
  return tasks.map(([start, duration]) => {
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = (times[i] ?? 0) - offset;
      const node = byId.get(id);
      if (!node || at < start || at > start + duration) return;
      const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      for (const frame of new Set(stack(node))) total.set(frame, (total.get(frame) ?? 0) + d);
    });
    return { start, duration, total };
  });
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number };

/** The renderer's main-thread tasks over 50 ms, and the trace events (style, layout, paint, script) inside them. */
function printTrace({ traceEvents }: { traceEvents: TraceEvent[] }) {
  const complete = traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = complete.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const e of complete) {
      if (e.tid !== task.tid || e.pid !== task.pid || e === task || e.ts < task.ts || e.ts >= end) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...inside.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`trace task ${Math.round((task.dur ?? 0) / 1000)} ms: ${top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
  }
}

async function main() {
  await withProfiledApp(async ({ browser, context, app }) => {
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: Array<[number, number]> };
      w.__longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)])),
      ).observe({ type: 'longtask', buffered: true });
    });
    await signInOnce(context, app);

    const s = scenarios.largeOutputs[change][lines];
    const url = `${app}/runs/${s.runId}/samples/${s.sampleId}/regressions/${s.regressionId}/outputs/${s.outputId}`;
    for (let round = 0; round < Number(process.env.PROFILE_ROUNDS ?? 2); round += 1) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      // PROFILE_TRACE=1: also a Chrome trace, for what "(program)" was (style, layout, paint).
      const trace = process.env.PROFILE_TRACE === '1';
      if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await page.goto(url, { waitUntil: 'commit' });
      // A plain query, not a locator: Playwright's visibility checks would show up in the profile.
      await page.waitForFunction(() => document.querySelector('[class*="diff-removed"], [class*="diff-added"]') !== null, null, {
        timeout: 60_000,
        polling: 'raf',
      });
      await page.waitForTimeout(2_000);
      // A string, so the function keeps its name (no transpiler in between).
      const markAt = (await page.evaluate(
        `(() => { const at = performance.now(); (function ${MARK}() { const end = performance.now() + 5; while (performance.now() < end); })(); return at; })()`,
      )) as number;
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      if (trace) printTrace(JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] });
      const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks);
      const styleTags = await page.evaluate(() => document.querySelectorAll('style').length);
      console.log(`\n=== round ${round + 1}: ${lines} lines ${change}; <style> elements: ${styleTags}`);
      for (const task of breakdown(profile, longTasks, markAt)) {
        console.log(`-- long task ${task.duration} ms at ${task.start} ms`);
        const top = [...task.total.entries()]
          .sort((a, b) => b[1] - a[1])
          .filter(([, ms]) => ms >= 8)
          .slice(0, 40);
        for (const [fn, ms] of top) console.log(`   ${ms.toFixed(0).padStart(5)} ms  ${fn}`);
      }
      await page.close();
    }
  });
}

await main();

// `npx tsx scripts/profile-list.ts [run|sample]`: where the scripting of the run screen with 1,000 samples (or
// the sample screen with 100 regression tests) goes. As in the benchmark, the screen is drawn with its results
// held back; the CDP sampling profiler runs from their release to a second after the list is on screen, and the
// self time of the busiest functions and files is printed, then the inclusive time of the app's own functions.
// PROFILE_TRACE=1 adds the trace events (style, layout, paint) by name. Build and ports as profile-output.ts.
import { signInOnce, withProfiledApp } from './lib/browser-harness';
import type { CDPSession } from '@playwright/test';
import { durationsMs, listDrawn, listScreens, routeLargeRun } from './lib/list-bench';
import { scenarios } from '../src/testing/mocks/scenarios';

const screen = (process.argv[2] ?? 'run') as 'run' | 'sample';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

type Times = { fns: Map<string, number>; files: Map<string, number>; inclusive: Map<string, number> };

/** Adds to `into` the self time by function and by file, and the inclusive time by function, of one profile. */
function addTimes(profile: Profile, { fns, files, inclusive }: Times) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fileOf = (n: Node) =>
    n.callFrame.url
      .split('/')
      .pop()
      ?.replace(/-[\w-]{8}\.js$/, '.js') || '(native)';
  const nameOf = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}:${n.callFrame.lineNumber + 1}`;
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    add(fns, nameOf(node), ms);
    add(files, fileOf(node), ms);
    const seen = new Set<string>();
    for (let n: Node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) seen.add(nameOf(n));
    for (const name of seen) add(inclusive, name, ms);
  });
}

/** The busiest entries, averaged over the profiled rounds. */
function printTimes({ fns, files, inclusive }: Times, rounds: number) {
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n);
  const line = ([name, ms]: [string, number]) => console.log(`   ${(ms / rounds).toFixed(1).padStart(6)} ms  ${name}`);
  console.log(`\nMean of ${rounds} profiled rounds, self time by file:`);
  top(files, 12).forEach(line);
  console.log('  -- self time by function');
  top(fns, 40).forEach(line);
  console.log('  -- inclusive time of the app and its libraries (React left out)');
  top(new Map([...inclusive].filter(([fn]) => !/ (client|jsx-runtime)\.js:|\(native\)|\(root\)|\(program\)/.test(fn))), 60).forEach(line);
}

const DURATIONS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];
const durations = (cdp: CDPSession) => durationsMs(cdp, DURATIONS);
const since = (a: number[], b: number[]) =>
  DURATIONS.map((name, i) => `${name.replace('Duration', '')} ${Math.round((b[i] ?? 0) - (a[i] ?? 0))} ms`).join(', ');

async function main() {
  await withProfiledApp(async ({ browser, context, app }) => {
    await signInOnce(context, app);
    const runId = scenarios.runs.mainFailing;
    const rounds = Number(process.env.PROFILE_ROUNDS ?? 4);
    const totals: Times = { fns: new Map(), files: new Map(), inclusive: new Map() };
    for (let round = 0; round < rounds; round += 1) {
      const page = await context.newPage();
      const results = await routeLargeRun(page, runId, scenarios.differs.sampleId);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${app}${listScreens(runId, scenarios.differs.sampleId)[screen].path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(1_000);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 100) });
      await cdp.send('Profiler.start');
      const trace = process.env.PROFILE_TRACE === '1';
      if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const before = await durations(cdp);
      results.release();
      const text = listScreens(runId, scenarios.differs.sampleId)[screen].drawn;
      await listDrawn(page, text);
      const shown = await durations(cdp);
      const drawn = await page.evaluate(() => ({
        rows: document.querySelectorAll('[role="row"], article').length,
        elements: document.querySelectorAll('*').length,
      }));
      // PROFILE_SETTLE_MS=0: only up to the list on screen.
      await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 1_000));
      const after = await durations(cdp);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      if (trace) {
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
          traceEvents: Array<{ name: string; ph: string; dur?: number; args?: { data?: { url?: string; functionName?: string } } }>;
        };
        const byName = new Map<string, [number, number]>();
        for (const e of traceEvents) {
          if (e.ph !== 'X' || !e.dur) continue;
          const [ms, n] = byName.get(e.name) ?? [0, 0];
          byName.set(e.name, [ms + e.dur / 1000, n + 1]);
        }
        console.log(
          [...byName]
            .sort((a, b) => b[1][0] - a[1][0])
            .slice(0, 25)
            .map(([name, [ms, n]]) => `   ${ms.toFixed(0).padStart(6)} ms ${String(n).padStart(5)}×  ${name}`)
            .join('\n'),
        );
      }
      console.log(
        `round ${round + 1}, ${screen} screen: ${drawn.rows} rows or cards, ${drawn.elements} elements\n  to the list on screen: ${since(before, shown)}\n  with the next second:  ${since(before, after)}`,
      );
      // The first round warms the caches (HTTP, the mock server's): its profile is left out.
      if (round > 0) addTimes(profile, totals);
      await page.close();
    }
    printTimes(totals, rounds - 1);
  });
}

await main();

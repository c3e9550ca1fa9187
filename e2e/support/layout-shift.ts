// Cumulative layout shift as Lighthouse and web-vitals count it: the largest session window of layout-shift entries
// without recent input (a window ends after 1 s without a shift or 5 s in all). Each shift names what moved, so a
// failing assertion says which element to reserve space for.
import type { Page } from '@playwright/test';

export type Shift = { value: number; at: number; moved: string[] };
export type LayoutShift = { cls: number; shifts: Shift[] };

type ShiftWindow = Window & { __layoutShifts?: Shift[] };

/** Starts recording before the page's own scripts run; call before the first `goto`. */
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as ShiftWindow).__layoutShifts = shifts;
    const name = (node: Node | null) => {
      if (!(node instanceof Element)) return node?.nodeName ?? '?';
      const classes = [...node.classList].map((c) => `.${c}`).join('');
      const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes} "${text}"`;
    };
    type ShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as ShiftEntry[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({ value: entry.value, at: Math.round(entry.startTime), moved: (entry.sources ?? []).map((s) => name(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's CLS so far, and every shift it saw. */
export async function layoutShift(page: Page): Promise<LayoutShift> {
  const shifts = await page.evaluate(() => (window as ShiftWindow).__layoutShifts ?? []);
  let cls = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.at - last > 1000 || shift.at - first > 5000) {
      current = 0;
      first = shift.at;
    }
    current += shift.value;
    last = shift.at;
    cls = Math.max(cls, current);
  }
  return { cls, shifts };
}

/** A readable account of the shifts for an assertion's message. */
export function describeShifts({ cls, shifts }: LayoutShift) {
  const lines = shifts.map((s) => `  ${s.value.toFixed(4)} at ${s.at} ms: ${s.moved.join(' | ')}`);
  return [`CLS ${cls.toFixed(4)}`, ...lines].join('\n');
}

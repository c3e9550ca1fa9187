// "17 failing caption outputs: 9 timing shift +33 ms, 3 text changed": the run's failures grouped by verdict label.
import type { CaptionSummary } from './caption-summary';
import { formatNumber, plural } from '@/lib/format-count';

export type Tally = { total: number; unknown: number; groups: { label: string; count: number }[] };

/** `verdicts` holds one entry per failing caption output: undefined until known, null when it cannot be classified. */
export function tallyVerdicts(verdicts: readonly (CaptionSummary | null | undefined)[]): Tally {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const v of verdicts) {
    if (v === undefined) unknown += 1;
    else {
      const label = v === null ? 'not classified' : v.label;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  const groups = [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { total: verdicts.length, unknown, groups };
}

export function tallySentence({ total, unknown, groups }: Tally): string {
  const known = groups.map((g) => `${formatNumber(g.count)} ${g.label}`).join(', ');
  const head = `${plural(total, 'failing caption output')}`;
  if (groups.length === 0) return `${head}: their kinds show as you scroll to them`;
  return `${head}: ${known}${unknown > 0 ? ` (${formatNumber(unknown)} not looked at yet)` : ''}`;
}

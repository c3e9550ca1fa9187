import {
  isFailing,
  resultVerdict,
  VERDICT_RANK,
  worstVerdict,
  type RunSample,
  type Verdict,
} from '@/lib/result-status';
import type { ResultFilter } from './run-search';

export type SampleGroup = {
  key: string;
  sampleId: number | null;
  sampleName: string;
  /** From the outputs' stored names (`<sha256><suffix><ext>`) when they carry it. */
  sha: string | null;
  categories: string[];
  results: RunSample[];
  failed: number;
  worst: Verdict;
};

const SHA_PREFIX = /^([0-9a-f]{64})/i;

/** The API lists one entry per regression test: the run screen shows one row per media sample. */
export function groupBySample(results: RunSample[]): SampleGroup[] {
  const groups = new Map<string, SampleGroup>();
  for (const result of results) {
    const key = result.sample_id !== null ? `s${result.sample_id}` : `r${result.regression_test_id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        sampleId: result.sample_id,
        sampleName: result.sample_name ?? `Sample of regression test ${result.regression_test_id}`,
        sha: null,
        categories: [],
        results: [],
        failed: 0,
        worst: 'pass',
      };
      groups.set(key, group);
    }
    group.results.push(result);
    for (const category of result.categories) if (!group.categories.includes(category)) group.categories.push(category);
    for (const output of result.outputs) group.sha ??= SHA_PREFIX.exec(output.filename)?.[1]?.toLowerCase() ?? null;
  }
  for (const group of groups.values()) {
    const verdicts = group.results.map(resultVerdict);
    group.failed = verdicts.filter(isFailing).length;
    group.worst = worstVerdict(verdicts);
  }
  return [...groups.values()];
}

/** Failing first, then by name. */
export function sortFailingFirst(groups: SampleGroup[]): SampleGroup[] {
  return [...groups].sort(
    (a, b) =>
      VERDICT_RANK[a.worst] - VERDICT_RANK[b.worst] || b.failed - a.failed || a.sampleName.localeCompare(b.sampleName),
  );
}

export function filterGroups(groups: SampleGroup[], search: { status?: ResultFilter; category?: string; q?: string }) {
  const status = search.status ?? 'failing';
  const q = search.q?.toLowerCase();
  return groups.filter((group) => {
    if (search.category && !group.categories.includes(search.category)) return false;
    if (q && !group.sampleName.toLowerCase().includes(q)) return false;
    if (status === 'all') return true;
    const verdicts = group.results.map(resultVerdict);
    if (status === 'failing') return verdicts.some(isFailing);
    return verdicts.includes(status);
  });
}

export function allCategories(results: RunSample[]): string[] {
  return [...new Set(results.flatMap((r) => r.categories))].sort();
}

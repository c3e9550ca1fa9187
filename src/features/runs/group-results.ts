import { exitCodeMismatch, exitCodeText, isFailing, resultVerdict, VERDICT_RANK, type RunSample, type Verdict } from '@/lib/result-status';
import { RESULT_FILTERS, type ResultFilter, type RunSearch } from './run-search';

export type SampleGroup = {
  key: string;
  sampleId: number | null;
  sampleName: string;
  /** From the outputs' stored names (`<sha256><suffix><ext>`) when they carry it: the results list has no hash. */
  sha: string | null;
  categories: string[];
  results: RunSample[];
  verdicts: Verdict[];
  failed: number;
  worst: Verdict;
  /** "exit code 10, expected 0" of the first result whose exit code is wrong. */
  exitCode: string | null;
};

const SHA_PREFIX = /^([0-9a-f]{64})/i;
/** One collator for every comparison: `localeCompare` sets one up per call. */
const byText = new Intl.Collator().compare;

/** The API lists one entry per regression test: the run screen shows one row per media sample. */
export function groupBySample(results: RunSample[]): SampleGroup[] {
  const groups = new Map<string, SampleGroup>();
  for (const result of results) {
    // A result without a sample (deleted since) still gets its own row.
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
        verdicts: [],
        failed: 0,
        worst: 'pass',
        exitCode: null,
      };
      groups.set(key, group);
    }
    const verdict = resultVerdict(result);
    group.results.push(result);
    group.verdicts.push(verdict);
    if (isFailing(verdict)) group.failed += 1;
    if (VERDICT_RANK[verdict] < VERDICT_RANK[group.worst]) group.worst = verdict;
    for (const category of result.categories) if (!group.categories.includes(category)) group.categories.push(category);
    if (group.sha === null) for (const output of result.outputs) group.sha ??= SHA_PREFIX.exec(output.filename)?.[1]?.toLowerCase() ?? null;
    if (group.exitCode === null && exitCodeMismatch(result)) group.exitCode = exitCodeText(result);
  }
  return [...groups.values()];
}

/** Failing first (fail, then missing output, running, …), then the most failures, then by name. */
export function sortFailingFirst(groups: SampleGroup[]): SampleGroup[] {
  return [...groups].sort(
    (a, b) =>
      VERDICT_RANK[a.worst] - VERDICT_RANK[b.worst] || b.failed - a.failed || byText(a.sampleName, b.sampleName) || byText(a.key, b.key),
  );
}

function matchesStatus(group: SampleGroup, status: ResultFilter): boolean {
  if (status === 'all') return true;
  if (status === 'failing') return group.failed > 0;
  // A passing sample is one whose every test passed: listing one that also failed under "pass" misleads.
  if (status === 'pass') return group.worst === 'pass';
  return group.verdicts.includes(status);
}

/** A sample shows when one of its results has the status (for "pass", all of them); category and name narrow further. */
export function filterGroups(groups: SampleGroup[], search: RunSearch): SampleGroup[] {
  const status = search.status ?? 'failing';
  const q = search.q?.toLowerCase();
  return groups.filter(
    (group) =>
      (!search.category || group.categories.includes(search.category)) &&
      (!q || group.sampleName.toLowerCase().includes(q)) &&
      matchesStatus(group, status),
  );
}

/** How many samples each status choice would show, with the category and name filters as they are. */
export function countByStatus(groups: SampleGroup[], search: RunSearch): Record<ResultFilter, number> {
  const narrowed = filterGroups(groups, { ...search, status: 'all' });
  return Object.fromEntries(RESULT_FILTERS.map((f) => [f, narrowed.filter((g) => matchesStatus(g, f)).length])) as Record<
    ResultFilter,
    number
  >;
}

export function allCategories(results: RunSample[]): string[] {
  return [...new Set(results.flatMap((r) => r.categories))].sort(byText);
}

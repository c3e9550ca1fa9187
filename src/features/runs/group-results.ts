import { exitCodeMismatch, exitCodeText, isFailing, resultVerdict, VERDICT_RANK, type RunSample, type Verdict } from '@/lib/result-status';
import { BASE_CLASSES, type BaseClass, type RunComparison } from './base-comparison';
import { isBaseFilter, RESULT_FILTERS, type ResultFilter, type RunSearch } from './run-search';

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

/** A sample's classes against the base run, in BASE_CLASSES' order (new failures first); the first one leads. */
function baseClassesOf(group: SampleGroup, comparison: RunComparison | undefined): BaseClass[] {
  const classes = new Set(group.results.map((result) => comparison?.byRegression.get(result.regression_test_id)?.class));
  return BASE_CLASSES.filter((found) => classes.has(found));
}

export function groupBaseClass(group: SampleGroup, comparison: RunComparison | undefined): BaseClass | null {
  return baseClassesOf(group, comparison)[0] ?? null;
}

/** The words a sample's row carries, space-separated ("new already"); empty without a comparison. */
export function groupBaseClasses(group: SampleGroup, comparison: RunComparison | undefined): string {
  return baseClassesOf(group, comparison).join(' ');
}

/**
 * Failing first (fail, then missing output, running, …), then the most failures, then by name; compared with a
 * base run, failing samples with a new failure lead.
 */
export function sortFailingFirst(groups: SampleGroup[], comparison?: RunComparison): SampleGroup[] {
  const classRank = (group: SampleGroup) => {
    if (!comparison || group.failed === 0) return 0;
    const found = groupBaseClass(group, comparison);
    return found ? BASE_CLASSES.indexOf(found) : BASE_CLASSES.length;
  };
  return [...groups].sort(
    (a, b) =>
      Number(b.failed > 0) - Number(a.failed > 0) ||
      classRank(a) - classRank(b) ||
      VERDICT_RANK[a.worst] - VERDICT_RANK[b.worst] ||
      b.failed - a.failed ||
      byText(a.sampleName, b.sampleName) ||
      byText(a.key, b.key),
  );
}

function matchesStatus(group: SampleGroup, status: ResultFilter, comparison: RunComparison | undefined): boolean {
  if (status === 'all') return true;
  if (isBaseFilter(status)) return group.results.some((r) => comparison?.byRegression.get(r.regression_test_id)?.class === status);
  if (status === 'failing') return group.failed > 0;
  // A passing sample is one whose every test passed: listing one that also failed under "pass" misleads.
  if (status === 'pass') return group.worst === 'pass';
  return group.verdicts.includes(status);
}

/** A sample shows when one of its results has the status (for "pass", all of them); category and name narrow further. */
export function filterGroups(groups: SampleGroup[], search: RunSearch, comparison?: RunComparison): SampleGroup[] {
  const status = search.status ?? 'failing';
  const q = search.q?.toLowerCase();
  return groups.filter(
    (group) =>
      (!search.category || group.categories.includes(search.category)) &&
      (!q || group.sampleName.toLowerCase().includes(q)) &&
      matchesStatus(group, status, comparison),
  );
}

/** How many samples each status choice would show, with the category and name filters as they are. */
export function countByStatus(groups: SampleGroup[], search: RunSearch, comparison?: RunComparison): Record<ResultFilter, number> {
  const narrowed = filterGroups(groups, { ...search, status: 'all' });
  return Object.fromEntries(RESULT_FILTERS.map((f) => [f, narrowed.filter((g) => matchesStatus(g, f, comparison)).length])) as Record<
    ResultFilter,
    number
  >;
}

export function allCategories(results: RunSample[]): string[] {
  return [...new Set(results.flatMap((r) => r.categories))].sort(byText);
}

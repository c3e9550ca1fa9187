// One pull request in one page (issue 17): its runs, the newest commit's failures against each platform's base run,
// and the Markdown summary a maintainer pastes into the pull request.
import { escapeMarkdown, inlineCode, markdownLink, tableCode } from '@/lib/markdown';
import { readableOutputName } from '@/lib/output-name';
import { exitCodeMismatch, outputStatusWord, resultStatusWord, type RunSample } from '@/lib/result-status';
import type { Platform, Run } from './api/run-status';
import type { BaseComparison, RunComparison } from './base-comparison';
import { groupByCommit, type CommitRow } from './group-runs';

export const PLATFORMS: readonly Platform[] = ['linux', 'windows'];

/** The commits of a pull request, newest first, each with its runs per platform (the newest run of each first). */
export function pullRequestCommits(runs: readonly Run[]): CommitRow[] {
  const newestFirst = [...runs].sort((a, b) => time(b.created_at) - time(a.created_at) || b.run_id - a.run_id);
  return groupByCommit(newestFirst);
}

const time = (value: string | null) => (value ? Date.parse(value) || 0 : 0);

/** A failing (or fixed) result of a run, with the output a maintainer opens first and what went wrong, in words. */
export type FailureRow = {
  result: RunSample;
  comparison: BaseComparison;
  /** The first output that is not a match (any output when only the exit code failed); null without outputs. */
  output: RunSample['outputs'][number] | null;
  what: string;
};

export type ClassifiedFailures = Record<'new' | 'already' | 'fixed' | 'notInBase', FailureRow[]>;

/**
 * What failed in a result: its files that do not match (by their readable names; `shown`, the file the row names
 * already, by its status alone), and an exit code other than the expected one.
 */
export function failureWords(result: RunSample, shown?: RunSample['outputs'][number] | null): string {
  const parts = result.outputs
    .filter((output) => output.status !== 'pass')
    .map((o) =>
      o === shown ? outputStatusWord(o.status) : `${readableOutputName(o.filename, result.sample_name)} ${outputStatusWord(o.status)}`,
    );
  if (exitCodeMismatch(result)) parts.push(`exit code ${result.exit_code}, expected ${result.expected_rc}`);
  return parts.length ? parts.join('; ') : resultStatusWord(result.status);
}

function row(result: RunSample, comparison: BaseComparison): FailureRow {
  const output = result.outputs.find((o) => o.status !== 'pass') ?? result.outputs[0] ?? null;
  const what =
    comparison.class === 'new'
      ? failureWords(result, output)
      : comparison.class === 'already'
        ? (comparison.changed ?? 'the same failure as in the base run')
        : comparison.class === 'fixed'
          ? 'passes here'
          : `${failureWords(result, output)} (${comparison.reason ?? 'no result in the base run'})`;
  return { result, comparison, output, what };
}

/** A run's results sorted into the comparison's classes, each in the run's order. */
export function classifyFailures(results: readonly RunSample[], comparison: RunComparison): ClassifiedFailures {
  const out: ClassifiedFailures = { new: [], already: [], fixed: [], notInBase: [] };
  for (const result of results) {
    const found = comparison.byRegression.get(result.regression_test_id);
    if (!found) continue;
    out[found.class === 'not-in-base' ? 'notInBase' : found.class].push(row(result, found));
  }
  return out;
}

/** The key of a regression test's flaky mark: the same test can be flaky on one platform only. */
export const flakyKey = (platform: string, regressionId: number) => `${platform}:${regressionId}`;

/** Absolute URLs of the viewer's screens, built by the router (base path included). */
export type SummaryUrls = {
  page: string;
  run: (runId: number, onlyNew?: boolean) => string;
  output: (row: FailureRow, runId: number) => string;
};

/** One platform's part of the summary; `state` says why there is no comparison when there is none. */
export type PlatformSummary = {
  platform: Platform;
  run: Run | null;
} & (
  | { state: 'ready'; base: Run; failures: ClassifiedFailures; complete: boolean; live: boolean }
  | { state: 'no-base' | 'no-results' | 'loading' | 'error'; failing: number | null }
);

/** The outcome of "Check for flaky tests": each flaky regression test's evidence; null while not checked. */
export type FlakyMarks = Readonly<Record<string, string>> | null;

/** Rows of the new-failures table before "…and N more". */
export const SUMMARY_ROWS = 15;

function platformSection(p: PlatformSummary, flaky: FlakyMarks, urls: SummaryUrls): string[] {
  if (!p.run) return [`#### ${p.platform}`, '', `No ${p.platform} run of this commit.`];
  const run = markdownLink(`run ${p.run.run_id}`, urls.run(p.run.run_id));
  if (p.state !== 'ready') {
    const why = {
      'no-base': 'not compared: no finished run on master before it',
      'no-results': p.run.status === 'queued' ? 'queued: no results yet' : 'no results',
      loading: 'still loading when this was copied',
      error: 'not compared: its results or its base run could not be read',
    }[p.state];
    const failing = p.failing !== null && p.state !== 'no-results' ? ` ${p.failing} failing.` : '';
    return [`#### ${p.platform} — ${run}`, '', `${why[0]?.toUpperCase()}${why.slice(1)}.${failing}`];
  }
  const base = markdownLink(`run ${p.base.run_id}`, urls.run(p.base.run_id));
  const heading = `#### ${p.platform} — ${run} compared with ${base}${p.base.branch ? ` (${escapeMarkdown(p.base.branch)})` : ''}`;
  const lines = [heading, ''];
  if (p.live) lines.push(`_Still ${p.run.status}: these are the results so far._`, '');
  if (!p.complete) lines.push('_The server cut the base run’s results short._', '');
  const { failures } = p;
  const flakyOf = (r: FailureRow) => flaky?.[flakyKey(p.platform, r.result.regression_test_id)];
  if (failures.new.length === 0) {
    lines.push('No new failures.');
  } else {
    const count = failures.new.length;
    lines.push(`**${count} new failure${count === 1 ? '' : 's'}** (passed in run ${p.base.run_id}):`, '');
    lines.push('| Sample | Regression test | Output | What changed | Link |', '| --- | --- | --- | --- | --- |');
    for (const r of failures.new.slice(0, SUMMARY_ROWS)) {
      const sample = r.result.sample_name ? tableCode(r.result.sample_name) : r.result.sample_id ? `sample ${r.result.sample_id}` : '—';
      const output = r.output ? tableCode(readableOutputName(r.output.filename, r.result.sample_name)) : '—';
      const mark = flakyOf(r);
      const what = `${escapeMarkdown(r.what)}${mark ? ` · **flaky**: ${escapeMarkdown(mark)}` : ''}`;
      lines.push(
        `| ${sample} | ${r.result.regression_test_id} | ${output} | ${what} | ${markdownLink('view', urls.output(r, p.run.run_id))} |`,
      );
    }
    if (count > SUMMARY_ROWS) {
      const rest = count - SUMMARY_ROWS;
      lines.push('', `…and ${rest} more: ${markdownLink(`every new failure of run ${p.run.run_id}`, urls.run(p.run.run_id, true))}.`);
    }
  }
  const failing = [...failures.new, ...failures.already, ...failures.notInBase];
  const flakyRows = failing.filter((r) => flakyOf(r));
  const flakyIds =
    flakyRows.length > 0 && flakyRows.length <= 5
      ? ` (regression test ${flakyRows.map((r) => r.result.regression_test_id).join(', ')})`
      : '';
  const flakyCount = flaky === null ? 'not checked' : `${flakyRows.length}${flakyIds}`;
  const counts = [`Already failing: ${failures.already.length}`, `fixed: ${failures.fixed.length}`, `flaky: ${flakyCount}`];
  if (failures.notInBase.length) counts.push(`not in base: ${failures.notInBase.length}`);
  lines.push('', `${counts.join(' · ')}.`);
  return lines;
}

/**
 * "Copy summary for GitHub": per platform, a table of the new failures (sample, regression test, output, what
 * changed, a link to the output screen), then the counts of already failing, fixed and flaky.
 */
export function pullRequestMarkdown(
  prNumber: number,
  commit: Pick<Run, 'commit_sha'>,
  platforms: readonly PlatformSummary[],
  flaky: FlakyMarks,
  urls: SummaryUrls,
): string {
  const lines = [
    `### CCExtractor sample platform: ${markdownLink(`pull request #${prNumber}`, urls.page)}, commit ${inlineCode(commit.commit_sha.slice(0, 7))}`,
    '',
    'Each run compared with its base run: the newest finished run on master, same platform, created before it.',
  ];
  for (const p of platforms) lines.push('', ...platformSection(p, flaky, urls));
  return `${lines.join('\n')}\n`;
}

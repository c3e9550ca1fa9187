// "Flaky, with evidence" (issue 17): a regression test whose recent history both passed and failed where nothing
// changed — on the same commit, or a failure between two passes on master.
import type { HistoryEntry } from './history-summary';

/** How far back the evidence may come from: the history strip's length. */
export const RECENT_RESULTS = 20;

const failing = (status: HistoryEntry['status']) => status === 'fail' || status === 'missing_output';
const short = (sha: string) => sha.slice(0, 7);

/**
 * One sentence that shows the regression test is flaky on this platform, or null. `entries`: the sample's
 * history, newest first (the API's order); only this regression test's and platform's recent results count.
 */
export function flakyEvidence(entries: readonly HistoryEntry[], regressionId: number, platform: string): string | null {
  const recent = entries.filter((e) => e.regression_test_id === regressionId && e.platform === platform).slice(0, RECENT_RESULTS);

  // Passed and failed on one commit: nothing in the code changed between the two results.
  const byCommit = new Map<string, { passed?: HistoryEntry; failed?: HistoryEntry }>();
  for (const entry of recent) {
    const seen = byCommit.get(entry.commit_sha) ?? {};
    if (entry.status === 'pass') seen.passed ??= entry;
    else if (failing(entry.status)) seen.failed ??= entry;
    byCommit.set(entry.commit_sha, seen);
    if (seen.passed && seen.failed) {
      return `passed in run ${seen.passed.run_id} and failed in run ${seen.failed.run_id} on commit ${short(entry.commit_sha)}`;
    }
  }

  // On master, a failure that came and went: pass, fail, pass (oldest to newest).
  const master = recent.filter((e) => e.branch === 'master' && (e.status === 'pass' || failing(e.status))).reverse();
  for (let i = 1; i + 1 < master.length; i++) {
    const [before, during, after] = [master[i - 1], master[i], master[i + 1]];
    if (before?.status === 'pass' && during && failing(during.status) && after?.status === 'pass') {
      return `failed in run ${during.run_id} on master between passes in runs ${before.run_id} and ${after.run_id}`;
    }
  }
  return null;
}

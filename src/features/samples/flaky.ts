// "Flaky, with evidence" (issue 17): a regression test whose recent history both passed and failed where nothing
// changed — on the same commit — or keeps flipping between pass and fail on master.
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

  // On master, a result that keeps changing its mind: failed, passed, failed again (three flips or more). One
  // failure between passes is not enough: a master commit that broke a test and the next that fixed it reads so too.
  const master = recent.filter((e) => e.branch === 'master' && (e.status === 'pass' || failing(e.status))).reverse();
  let flips = 0;
  for (let i = 1; i < master.length; i++) if ((master[i]?.status === 'pass') !== (master[i - 1]?.status === 'pass')) flips++;
  if (flips >= 3) {
    const failedIn = master.filter((e) => failing(e.status)).map((e) => e.run_id);
    return `flipped between pass and fail ${flips} times in the last ${master.length} master runs (failed in runs ${failedIn.join(', ')})`;
  }
  return null;
}

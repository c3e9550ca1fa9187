import type { Schemas } from '@/lib/api-client';
import { resultStatusWord } from '@/lib/result-status';

export type HistoryEntry = Schemas['HistoryEntry'];

const failing = (status: HistoryEntry['status']) => status === 'fail' || status === 'missing_output';

export type HistoryVerdict = {
  tone: 'fail' | 'warn' | 'pass' | 'neutral';
  /** "new failure", "failing for 3 runs", "fixed", … */
  label: string;
  /** One sentence a maintainer can act on. */
  text: string;
};

/**
 * "Is this failure new?" for one regression test of one run: compares it with the earlier runs of the same
 * platform in the sample's history (newest first), and names earlier runs that failed with the same signature
 * (the same signature across commits means a genuine regression rather than a flake).
 */
export function summarizeHistory(
  entries: HistoryEntry[],
  current: { runId: number; regressionId: number; platform: string | null; failing: boolean },
): HistoryVerdict | null {
  const own = entries.filter((e) => e.regression_test_id === current.regressionId);
  const mine = own.find((e) => e.run_id === current.runId);
  const earlier = own.filter((e) => e.run_id < current.runId && (current.platform === null || e.platform === current.platform));
  const where = current.platform ? ` on ${current.platform}` : '';
  if (earlier.length === 0) {
    return { tone: 'neutral', label: 'no history', text: `No earlier run of this test${where} in the history.` };
  }
  const previous = earlier[0];
  if (!previous) return null;

  if (current.failing) {
    const signature = mine?.failure_signature ?? null;
    const sameSignature = signature ? earlier.filter((e) => e.failure_signature === signature).map((e) => e.run_id) : [];
    const seen = sameSignature.length
      ? ` The same failure (${signature}) appeared in run${sameSignature.length > 1 ? 's' : ''} ${listRuns(sameSignature)}.`
      : '';
    let streak = 0;
    while (streak < earlier.length && failing(earlier[streak]?.status ?? 'pass')) streak++;
    if (streak === 0) {
      return {
        tone: 'fail',
        label: 'new failure',
        text: `New in this run: it ${previous.status === 'pass' ? 'passed' : `was ${resultStatusWord(previous.status)}`} in run ${previous.run_id}, the previous run${where}.${seen}`,
      };
    }
    const since = earlier[streak - 1]?.run_id ?? previous.run_id;
    const all = streak === earlier.length;
    return {
      tone: 'warn',
      label: `failing for ${streak + 1} runs`,
      text: `Not new: it also failed in ${all ? 'every earlier run' : `the ${streak} run${streak > 1 ? 's' : ''} before this one`}${where} in the history, since run ${since}.${seen}`,
    };
  }

  const lastFailure = earlier.find((e) => failing(e.status));
  if (failing(previous.status)) {
    return { tone: 'pass', label: 'fixed', text: `Fixed in this run: it failed in run ${previous.run_id}, the previous run${where}.` };
  }
  return lastFailure
    ? { tone: 'neutral', label: 'passing', text: `Passing; it last failed in run ${lastFailure.run_id}.` }
    : { tone: 'pass', label: 'always passed', text: `Passed in all ${earlier.length} earlier runs${where} in the history.` };
}

function listRuns(ids: number[]): string {
  const shown = ids.slice(0, 4).join(', ');
  return ids.length > 4 ? `${shown} and ${ids.length - 4} more` : shown;
}

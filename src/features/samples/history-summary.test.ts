import { describe, expect, it } from 'vitest';
import { summarizeHistory, type HistoryEntry } from './history-summary';

function entry(runId: number, status: HistoryEntry['status'], over: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    run_id: runId,
    regression_test_id: 240,
    status,
    platform: 'linux',
    branch: 'master',
    commit_sha: 'a'.repeat(40),
    tested_at: '2026-11-17T20:00:00Z',
    failure_signature: status === 'fail' ? 'diff:57da8172' : null,
    ...over,
  };
}

const current = { runId: 10, regressionId: 240, platform: 'linux', failing: true };

describe('summarizeHistory', () => {
  it('calls a failure new when the previous run of the platform passed, and names earlier runs with the same signature', () => {
    const verdict = summarizeHistory(
      [entry(10, 'fail'), entry(9, 'pass', { platform: 'windows' }), entry(8, 'pass'), entry(6, 'fail'), entry(4, 'pass')],
      current,
    );
    expect(verdict?.label).toBe('new failure');
    expect(verdict?.text).toBe(
      'New in this run: it passed in run 8, the previous run on linux. The same failure (diff:57da8172) appeared in run 6.',
    );
  });

  it('says how long a failure has lasted', () => {
    const verdict = summarizeHistory([entry(10, 'fail'), entry(8, 'fail'), entry(7, 'missing_output'), entry(5, 'pass')], current);
    expect(verdict?.label).toBe('failing for 3 runs');
    expect(verdict?.text).toMatch(/^Not new: it also failed in the 2 runs before this one on linux in the history, since run 7\./);
  });

  it('recognises a fix and a test that always passed', () => {
    const passing = { ...current, failing: false };
    expect(summarizeHistory([entry(10, 'pass'), entry(8, 'fail')], passing)?.label).toBe('fixed');
    expect(summarizeHistory([entry(10, 'pass'), entry(8, 'pass'), entry(7, 'pass')], passing)?.text).toBe(
      'Passed in all 2 earlier runs on linux in the history.',
    );
    expect(summarizeHistory([entry(10, 'pass'), entry(8, 'pass'), entry(7, 'fail')], passing)?.text).toBe(
      'Passing; it last failed in run 7.',
    );
  });

  it('ignores other regression tests and says when there is nothing to compare with', () => {
    expect(summarizeHistory([entry(10, 'fail'), entry(8, 'pass', { regression_test_id: 241 })], current)?.label).toBe('no history');
  });
});

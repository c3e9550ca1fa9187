import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './history-summary';
import { flakyEvidence } from './flaky';

let runId = 100;
function entry(status: HistoryEntry['status'], more: Partial<HistoryEntry> = {}): HistoryEntry {
  runId += 1;
  return {
    run_id: runId,
    regression_test_id: 7,
    status,
    platform: 'linux',
    branch: 'master',
    commit_sha: `${runId}`.padStart(40, 'a'),
    tested_at: '2026-11-20T10:00:00Z',
    failure_signature: status === 'pass' ? null : 'diff:1',
    ...more,
  };
}

describe('flakyEvidence', () => {
  it('names a pass and a failure on one commit', () => {
    const sha = '1a2b3c4'.padEnd(40, '0');
    const history = [entry('fail', { commit_sha: sha, run_id: 9415 }), entry('pass', { commit_sha: sha, run_id: 9412 })];
    expect(flakyEvidence(history, 7, 'linux')).toBe('passed in run 9412 and failed in run 9415 on commit 1a2b3c4');
  });

  it('names master results that flip three times or more (newest first in, oldest first read)', () => {
    const history = [
      entry('pass', { run_id: 40 }),
      entry('fail', { run_id: 30 }),
      entry('pass', { run_id: 20 }),
      entry('missing_output', { run_id: 10 }),
    ];
    expect(flakyEvidence(history, 7, 'linux')).toBe(
      'flipped between pass and fail 3 times in the last 4 master runs (failed in runs 10, 30)',
    );
  });

  it('does not call a regression fixed later, a lasting one, or another platform or test flaky', () => {
    expect(flakyEvidence([entry('pass'), entry('fail'), entry('pass')], 7, 'linux')).toBeNull();
    expect(flakyEvidence([entry('pass'), entry('fail'), entry('fail'), entry('pass')], 7, 'linux')).toBeNull();
    expect(flakyEvidence([entry('pass'), entry('fail')], 7, 'linux')).toBeNull();
    const sha = 'f'.repeat(40);
    expect(
      flakyEvidence([entry('fail', { commit_sha: sha }), entry('pass', { commit_sha: sha, platform: 'windows' })], 7, 'linux'),
    ).toBeNull();
    expect(flakyEvidence([entry('fail'), entry('pass'), entry('fail', { regression_test_id: 8 }), entry('pass')], 7, 'linux')).toBeNull();
  });

  it('ignores pull-request runs for the master rule and looks back only 20 results', () => {
    expect(flakyEvidence([entry('fail'), entry('pass'), entry('fail', { branch: null }), entry('pass')], 7, 'linux')).toBeNull();
    const old = [entry('fail'), entry('pass'), entry('fail'), entry('pass')];
    const recent = Array.from({ length: 20 }, () => entry('pass'));
    expect(flakyEvidence([...recent, ...old], 7, 'linux')).toBeNull();
    expect(flakyEvidence([...recent.slice(4), ...old], 7, 'linux')).not.toBeNull();
  });
});

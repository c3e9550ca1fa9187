import { describe, expect, it } from 'vitest';
import type { Run } from './api/run-status';
import { groupByCommit, runDuration } from './group-runs';
import { runFixture } from '@/testing/run-fixture';

const run = (id: number, over: Partial<Run> = {}): Run => runFixture({ run_id: id, ...over });

describe('groupByCommit', () => {
  it('puts the platform runs of one commit in one row, in list order', () => {
    const rows = groupByCommit([
      run(4, { platform: 'windows', commit_sha: 'b'.repeat(40), created_at: '2026-11-21T10:00:02Z' }),
      run(3, { platform: 'linux', commit_sha: 'b'.repeat(40), created_at: '2026-11-21T10:00:00Z' }),
      run(2, { platform: 'windows' }),
      run(1, { platform: 'linux' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.byPlatform.linux.map((r) => r.run_id)).toEqual([3]);
    expect(rows[0]?.byPlatform.windows.map((r) => r.run_id)).toEqual([4]);
    expect(rows[0]?.createdAt).toBe('2026-11-21T10:00:00Z');
    expect(rows[1]?.byPlatform.linux.map((r) => r.run_id)).toEqual([1]);
  });

  it('keeps a fork and a pull request of the same SHA apart', () => {
    const rows = groupByCommit([
      run(1),
      run(2, { repository: 'someone/ccextractor' }),
      run(3, { pr_number: 12, test_type: 'pr', branch: null }),
    ]);
    expect(rows).toHaveLength(3);
  });

  it('keeps re-runs of one platform together in the same cell', () => {
    const rows = groupByCommit([run(2), run(1)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.byPlatform.linux.map((r) => r.run_id)).toEqual([2, 1]);
  });
});

describe('runDuration', () => {
  it('measures start to completion, or to now while running, and nothing before it starts', () => {
    expect(runDuration(run(1))).toBe(30 * 60_000);
    expect(runDuration(run(1, { completed_at: null }), Date.parse('2026-11-20T10:06:00Z'))).toBe(60_000);
    expect(runDuration(run(1, { started_at: null, completed_at: null }))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import type { Run } from './api/run-status';
import { compareWithBase } from './base-comparison';
import {
  classifyFailures,
  failureWords,
  pullRequestCommits,
  pullRequestMarkdown,
  SUMMARY_ROWS,
  type PlatformSummary,
  type SummaryUrls,
} from './pull-request';

const SHA = 'a'.repeat(40);

function run(id: number, platform: 'linux' | 'windows', over: Partial<Run> = {}): Run {
  return {
    run_id: id,
    status: 'fail',
    platform,
    test_type: 'pr',
    repository: 'CCExtractor/ccextractor',
    branch: null,
    commit_sha: SHA,
    pr_number: 1724,
    created_at: '2026-11-17T19:47:05Z',
    queued_at: null,
    started_at: null,
    completed_at: null,
    github_link: null,
    ...over,
  };
}

function result(id: number, status: RunSample['status'], over: Partial<RunSample> = {}): RunSample {
  return {
    regression_test_id: id,
    sample_id: id + 1000,
    sample_name: `sample-${id}.ts`,
    categories: [],
    command: null,
    status,
    runtime_ms: 1,
    exit_code: 0,
    expected_rc: 0,
    outputs: [{ output_id: id * 10, filename: `out-${id}.srt`, status: status === 'pass' ? 'pass' : 'fail' }],
    ...over,
  };
}

const urls: SummaryUrls = {
  page: 'https://viewer.example/pr/1724',
  run: (runId, onlyNew) => `https://viewer.example/runs/${runId}${onlyNew ? '?status=new' : ''}`,
  output: (row, runId) => `https://viewer.example/runs/${runId}/outputs/${row.output?.output_id}`,
};

function ready(platform: 'linux' | 'windows', here: RunSample[], base: RunSample[]): PlatformSummary {
  return {
    platform,
    run: run(platform === 'linux' ? 9461 : 9462, platform),
    state: 'ready',
    base: run(platform === 'linux' ? 9459 : 9460, platform, { branch: 'master', pr_number: null }),
    failures: classifyFailures(here, compareWithBase(here, base)),
    complete: true,
    live: false,
  };
}

describe('pullRequestCommits', () => {
  it('puts the newest commit first, its runs side by side', () => {
    const older = { commit_sha: 'b'.repeat(40), created_at: '2026-11-10T00:00:00Z' };
    const rows = pullRequestCommits([run(9449, 'linux', older), run(9462, 'windows'), run(9450, 'windows', older), run(9461, 'linux')]);
    expect(rows.map((r) => r.head.commit_sha)).toEqual([SHA, 'b'.repeat(40)]);
    expect(rows[0]?.byPlatform.linux[0]?.run_id).toBe(9461);
    expect(rows[0]?.byPlatform.windows[0]?.run_id).toBe(9462);
  });
});

describe('failureWords', () => {
  it('names the files that do not match and a wrong exit code', () => {
    const crash = result(7, 'fail', {
      exit_code: 139,
      outputs: [
        { output_id: 1, filename: 'a.srt', status: 'missing_output' },
        { output_id: 2, filename: 'b.srt', status: 'pass' },
      ],
    });
    expect(failureWords(crash)).toBe('a.srt missing output; exit code 139, expected 0');
  });
});

describe('pullRequestMarkdown', () => {
  const here = [result(1, 'fail'), result(2, 'fail'), result(3, 'pass'), result(4, 'fail')];
  const base = [result(1, 'pass'), result(2, 'fail'), result(3, 'fail'), result(4, 'pass')];

  it('writes per platform a table of new failures with links, then the other counts', () => {
    const md = pullRequestMarkdown(1724, run(9461, 'linux'), [ready('linux', here, base), ready('windows', [], [])], null, urls);
    expect(md).toContain('### CCExtractor sample platform: [pull request \\#1724](https://viewer.example/pr/1724), commit `aaaaaaa`');
    expect(md).toContain(
      '#### linux — [run 9461](https://viewer.example/runs/9461) compared with [run 9459](https://viewer.example/runs/9459) (master)',
    );
    expect(md).toContain('**2 new failures** (passed in run 9459):');
    expect(md).toContain('| Sample | Regression test | Output | What changed | Link |\n| --- | --- | --- | --- | --- |');
    expect(md).toContain('| `sample-1.ts` | 1 | `out-1.srt` | differs | [view](https://viewer.example/runs/9461/outputs/10) |');
    expect(md).toContain('Already failing: 1 · fixed: 1 · flaky: not checked.');
    expect(md).toContain('#### windows — [run 9462](https://viewer.example/runs/9462) compared with [run 9460]');
    expect(md).toContain('No new failures.');
  });

  it('keeps every row one row of the table: pipes, backticks, brackets and newlines in names', () => {
    const hostile = result(1, 'fail', {
      sample_name: 'a|b`c\n| x | y |',
      outputs: [{ output_id: 5, filename: 'x`y.srt', status: 'fail' }],
    });
    const md = pullRequestMarkdown(1, run(1, 'linux'), [ready('linux', [hostile], [result(1, 'pass')])], null, urls);
    const row = md.split('\n').find((line) => line.includes('[view]')) as string;
    // Every pipe of the data is escaped: the row has exactly the table's six separators.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(row).toContain('a\\|b\\`c \\| x \\| y \\|');
    expect(row).toContain('``x`y.srt``');
    expect(md).not.toMatch(/\n\| x/);
  });

  it('says how many more new failures there are, with a link to all of them, and marks flaky ones', () => {
    const many = Array.from({ length: SUMMARY_ROWS + 3 }, (_, i) => result(i + 1, 'fail'));
    const passing = many.map((r) => ({ ...r, status: 'pass' as const }));
    const md = pullRequestMarkdown(
      1724,
      run(9461, 'linux'),
      [ready('linux', many, passing)],
      { 'linux:2': 'passed in run 1 and failed in run 2' },
      urls,
    );
    expect(md.split('\n').filter((line) => line.includes('[view]'))).toHaveLength(SUMMARY_ROWS);
    expect(md).toContain('…and 3 more: [every new failure of run 9461](https://viewer.example/runs/9461?status=new).');
    expect(md).toContain('differs · **flaky**: passed in run 1 and failed in run 2');
    expect(md).toContain('Already failing: 0 · fixed: 0 · flaky: 1 (regression test 2).');
  });

  it('says why a platform has no comparison', () => {
    const queued: PlatformSummary = {
      platform: 'windows',
      run: run(9472, 'windows', { status: 'queued' }),
      state: 'no-results',
      failing: null,
    };
    const noBase: PlatformSummary = { platform: 'linux', run: run(9401, 'linux'), state: 'no-base', failing: 4 };
    const md = pullRequestMarkdown(1731, run(9471, 'linux'), [noBase, queued], null, urls);
    expect(md).toContain('Not compared: no finished run on master before it. 4 failing.');
    expect(md).toContain('#### windows — [run 9472](https://viewer.example/runs/9472)\n\nQueued: no results yet.');
  });
});

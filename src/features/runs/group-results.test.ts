import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { compareWithBase } from './base-comparison';
import { allCategories, countByStatus, filterGroups, groupBaseClass, groupBySample, sortFailingFirst } from './group-results';

const SHA = 'ab'.repeat(32);

function result(id: number, over: Partial<RunSample> = {}): RunSample {
  return {
    regression_test_id: id,
    sample_id: 1,
    sample_name: 'one.ts',
    categories: ['General'],
    command: '-autoprogram -out=srt',
    status: 'pass',
    runtime_ms: 1000,
    exit_code: 0,
    expected_rc: 0,
    outputs: [{ output_id: id * 10, filename: `${SHA}.srt`, status: 'pass' }],
    ...over,
  };
}

describe('groupBySample', () => {
  it('makes one group per sample with its failed/total and worst status', () => {
    const groups = groupBySample([
      result(1),
      result(2, { status: 'fail', categories: ['DVB'] }),
      result(3, { sample_id: 2, sample_name: 'two.ts' }),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ sampleId: 1, failed: 1, worst: 'fail', categories: ['General', 'DVB'], sha: SHA });
    expect(groups[0]?.results).toHaveLength(2);
    expect(groups[1]).toMatchObject({ sampleId: 2, failed: 0, worst: 'pass' });
  });

  it('fails a result whose exit code is wrong even when its files match', () => {
    const [group] = groupBySample([result(1, { exit_code: 10, expected_rc: 0 })]);
    expect(group).toMatchObject({ failed: 1, worst: 'fail', exitCode: 'exit code 10, expected 0' });
  });

  it('gives a result without a sample its own group', () => {
    const groups = groupBySample([result(1, { sample_id: null, sample_name: null }), result(2, { sample_id: null, sample_name: null })]);
    expect(groups.map((g) => g.sampleName)).toEqual(['Sample of regression test 1', 'Sample of regression test 2']);
  });
});

describe('sortFailingFirst', () => {
  it('orders fail, missing output, running, skipped, pass; then by failures and name', () => {
    const groups = groupBySample([
      result(1, { sample_id: 1, sample_name: 'a-pass.ts' }),
      result(2, { sample_id: 2, sample_name: 'b-missing.ts', status: 'missing_output' }),
      result(3, { sample_id: 3, sample_name: 'c-fail.ts', status: 'fail' }),
      result(4, { sample_id: 4, sample_name: 'd-fail-twice.ts', status: 'fail' }),
      result(5, { sample_id: 4, sample_name: 'd-fail-twice.ts', status: 'fail' }),
      result(6, { sample_id: 5, sample_name: 'e-skipped.ts', status: 'skipped' }),
      result(7, { sample_id: 6, sample_name: 'f-running.ts', status: 'running' }),
    ]);
    expect(sortFailingFirst(groups).map((g) => g.sampleName)).toEqual([
      'd-fail-twice.ts',
      'c-fail.ts',
      'b-missing.ts',
      'f-running.ts',
      'e-skipped.ts',
      'a-pass.ts',
    ]);
  });
});

describe('filterGroups and countByStatus', () => {
  const groups = groupBySample([
    result(1, { sample_id: 1, sample_name: 'BBC1.ts', status: 'fail', categories: ['DVB'] }),
    result(2, { sample_id: 1, sample_name: 'BBC1.ts', status: 'pass', categories: ['DVB'] }),
    result(3, { sample_id: 2, sample_name: 'cnn.ts', status: 'missing_output', categories: ['General'] }),
    result(4, { sample_id: 3, sample_name: 'wtv.wtv', categories: ['WTV'] }),
  ]);

  it('shows failing samples by default', () => {
    expect(filterGroups(groups, {}).map((g) => g.sampleName)).toEqual(['BBC1.ts', 'cnn.ts']);
  });

  it('matches a sample when one of its results has the status, and as passing only when all of them passed', () => {
    expect(filterGroups(groups, { status: 'pass' }).map((g) => g.sampleName)).toEqual(['wtv.wtv']);
    expect(filterGroups(groups, { status: 'fail' }).map((g) => g.sampleName)).toEqual(['BBC1.ts']);
    expect(filterGroups(groups, { status: 'missing_output' }).map((g) => g.sampleName)).toEqual(['cnn.ts']);
  });

  it('narrows by category and by name, case-insensitively', () => {
    expect(filterGroups(groups, { status: 'all', category: 'WTV' }).map((g) => g.sampleName)).toEqual(['wtv.wtv']);
    expect(filterGroups(groups, { status: 'all', q: 'bbc' }).map((g) => g.sampleName)).toEqual(['BBC1.ts']);
  });

  it('counts what each status would show', () => {
    expect(countByStatus(groups, {})).toMatchObject({ failing: 2, all: 3, fail: 1, missing_output: 1, pass: 1, skipped: 0 });
    expect(countByStatus(groups, { category: 'DVB' })).toMatchObject({ failing: 1, all: 1 });
  });

  it('lists categories sorted', () => {
    expect(allCategories(groups.flatMap((g) => g.results))).toEqual(['DVB', 'General', 'WTV']);
  });
});

describe('compared with a base run', () => {
  const here = [
    result(1, { sample_id: 1, sample_name: 'a_old.ts', status: 'fail' }),
    result(2, { sample_id: 2, sample_name: 'b_new.ts', status: 'fail' }),
    result(3, { sample_id: 3, sample_name: 'c_fixed.ts' }),
  ];
  const base = [result(1, { status: 'fail' }), result(2), result(3, { status: 'fail' })];
  const comparison = compareWithBase(here, base);
  const groups = groupBySample(here);

  it('puts samples with a new failure first, and names each sample by its leading class', () => {
    const sorted = sortFailingFirst(groups, comparison);
    expect(sorted.map((g) => g.sampleName)).toEqual(['b_new.ts', 'a_old.ts', 'c_fixed.ts']);
    expect(sorted.map((g) => groupBaseClass(g, comparison))).toEqual(['new', 'already', 'fixed']);
    // Without a comparison: by name among equal failures, as before.
    expect(sortFailingFirst(groups).map((g) => g.sampleName)).toEqual(['a_old.ts', 'b_new.ts', 'c_fixed.ts']);
  });

  it('filters and counts by class', () => {
    expect(filterGroups(groups, { status: 'fixed' }, comparison).map((g) => g.sampleName)).toEqual(['c_fixed.ts']);
    const counts = countByStatus(groups, {}, comparison);
    expect([counts.new, counts.already, counts.fixed, counts['not-in-base']]).toEqual([1, 1, 1, 0]);
    expect(countByStatus(groups, {}).new).toBe(0);
  });
});

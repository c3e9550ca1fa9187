import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { compareWithBase, failureChange } from './base-comparison';

function result(id: number, status: RunSample['status'], more: Partial<RunSample> = {}): RunSample {
  return {
    regression_test_id: id,
    sample_id: id,
    sample_name: `sample_${id}.ts`,
    categories: [],
    command: '-out=srt',
    status,
    runtime_ms: 100,
    exit_code: 0,
    expected_rc: 0,
    outputs: [{ output_id: id, filename: `out_${id}.srt`, status: status === 'fail' ? 'fail' : 'pass' }],
    ...more,
  };
}

describe('compareWithBase', () => {
  it('calls a failure new when the base passed, already failing when it failed, fixed when only the base failed', () => {
    const here = [result(1, 'fail'), result(2, 'fail'), result(3, 'pass'), result(4, 'pass')];
    const base = [result(1, 'pass'), result(2, 'fail'), result(3, 'fail'), result(4, 'pass')];
    const { byRegression, counts } = compareWithBase(here, base);
    expect(byRegression.get(1)?.class).toBe('new');
    expect(byRegression.get(2)?.class).toBe('already');
    expect(byRegression.get(3)?.class).toBe('fixed');
    expect(byRegression.has(4)).toBe(false);
    expect(counts).toEqual({ new: 1, already: 1, fixed: 1, 'not-in-base': 0 });
  });

  it('counts a failure the base lacks, or did not run, as not in base, with why', () => {
    const here = [result(1, 'fail'), result(2, 'missing_output'), result(5, 'pass')];
    const base = [result(2, 'skipped'), result(9, 'fail')];
    const { byRegression, counts } = compareWithBase(here, base);
    expect(byRegression.get(1)).toEqual({ class: 'not-in-base', changed: null, reason: 'no such result in the base run' });
    expect(byRegression.get(2)).toEqual({ class: 'not-in-base', changed: null, reason: 'skipped in the base run' });
    // An extra result of the base (9) and a new passing result (5) are not counted.
    expect(counts).toEqual({ new: 0, already: 0, fixed: 0, 'not-in-base': 2 });
  });

  it('takes a wrong exit code for a failure on both sides', () => {
    const here = [result(1, 'pass', { exit_code: 10 })];
    const base = [result(1, 'pass')];
    expect(compareWithBase(here, base).byRegression.get(1)?.class).toBe('new');
    expect(compareWithBase(base, here).byRegression.get(1)?.class).toBe('fixed');
  });

  it('compares with an empty base (a base run without results): every failure is not in base', () => {
    const { counts } = compareWithBase([result(1, 'fail'), result(2, 'pass')], []);
    expect(counts['not-in-base']).toBe(1);
  });
});

describe('failureChange', () => {
  it('says nothing when the failure is the same', () => {
    expect(failureChange(result(1, 'fail'), result(1, 'fail'))).toBeNull();
  });

  it('names a different kind of failure, exit code and output status', () => {
    const here = result(1, 'fail', { exit_code: 10 });
    const base = result(1, 'missing_output', { outputs: [{ output_id: 1, filename: 'out_1.srt', status: 'missing_output' }] });
    expect(failureChange(here, base)).toBe('was missing output; exit code 10, was 0; out_1.srt differs, was missing output');
  });
});

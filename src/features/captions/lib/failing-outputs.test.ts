import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { failingCaptionOutputs, isCaptionFile } from './failing-outputs';

const result = (sampleId: number | null, outputs: RunSample['outputs']): RunSample => ({
  regression_test_id: 240,
  sample_id: sampleId,
  sample_name: 'x.ts',
  categories: [],
  command: '--out=srt',
  status: 'fail',
  runtime_ms: 1,
  exit_code: 0,
  expected_rc: 0,
  outputs,
});

describe('failing caption outputs', () => {
  it('knows caption files by extension', () => {
    expect(['a.srt', 'a.vtt', 'a.ass', 'a.ssa', 'a.txt'].every(isCaptionFile)).toBe(true);
    expect(['a.xml', 'a.json', 'a.bin', 'srt'].some(isCaptionFile)).toBe(false);
  });

  it('picks the failing caption outputs of results that have a sample', () => {
    const results = [
      result(31, [
        { output_id: 1, filename: 'abc.p1.svc01.srt', status: 'fail' },
        { output_id: 2, filename: 'abc.p1.svc02.srt', status: 'pass' },
        { output_id: 3, filename: 'abc.xml', status: 'fail' },
      ]),
      result(null, [{ output_id: 4, filename: 'gone.srt', status: 'fail' }]),
    ];
    expect(failingCaptionOutputs(9461, results)).toEqual([
      { ref: { runId: 9461, sampleId: 31, regressionId: 240, outputId: 1 }, filename: 'abc.p1.svc01.srt' },
    ]);
  });

  it('leaves out a differing file of a passing result: an accepted variant fails nothing', () => {
    const variant = { ...result(31, [{ output_id: 5, filename: 'abc.srt', status: 'fail' }]), status: 'pass' };
    expect(failingCaptionOutputs(9461, [variant])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { RunSample } from '@/lib/result-status';
import { locateFailure, outputStops } from './failure-order';

function result(
  id: number,
  sampleId: number,
  name: string,
  outputs: Array<[number, RunSample['outputs'][number]['status']]>,
  over: Partial<RunSample> = {},
): RunSample {
  return {
    regression_test_id: id,
    sample_id: sampleId,
    sample_name: name,
    categories: [],
    command: null,
    status: outputs.some(([, s]) => s === 'fail') ? 'fail' : outputs.some(([, s]) => s === 'missing_output') ? 'missing_output' : 'pass',
    runtime_ms: null,
    exit_code: 0,
    expected_rc: 0,
    outputs: outputs.map(([output_id, status]) => ({ output_id, filename: `${output_id}.srt`, status })),
    ...over,
  };
}

const results = [
  result(1, 1, 'a.ts', [[11, 'pass']]),
  result(2, 2, 'b.ts', [
    [21, 'fail'],
    [22, 'pass'],
    [23, 'missing_expected'],
  ]),
  result(3, 3, 'c.ts', [[31, 'pass']], { exit_code: 10, expected_rc: 0 }),
  result(4, 4, 'd.ts', [[41, 'missing_output']]),
  result(5, 2, 'b.ts', [[51, 'fail']]),
  result(6, 5, 'e.ts', [], { exit_code: 1, expected_rc: 0 }),
];

describe('outputStops', () => {
  it('lists outputs in run-screen order and marks differs, missing output and exit-code failures', () => {
    const stops = outputStops(results);
    expect(stops.map((s) => [s.outputId, s.failure])).toEqual([
      // b.ts fails twice: first. c.ts fails (exit code) before d.ts (missing output); e.ts has no output to go to.
      [21, 'differs'],
      [22, null],
      [23, null],
      [51, 'differs'],
      [31, 'exit code 10, expected 0'],
      [41, 'missing output'],
      [11, null],
    ]);
  });
});

describe('locateFailure', () => {
  const stops = outputStops(results);

  it('gives the position among failures and the neighbours across samples', () => {
    const at = locateFailure(stops, { regressionId: 5, outputId: 51 });
    expect(at).toMatchObject({ index: 2, total: 4 });
    expect(at.previous?.outputId).toBe(21);
    expect(at.next?.outputId).toBe(31);
  });

  it('has no previous at the first failure and no next at the last', () => {
    expect(locateFailure(stops, { regressionId: 2, outputId: 21 }).previous).toBeNull();
    expect(locateFailure(stops, { regressionId: 4, outputId: 41 }).next).toBeNull();
  });

  it('from a passing output, goes to the failures around it', () => {
    const at = locateFailure(stops, { regressionId: 2, outputId: 22 });
    expect(at).toMatchObject({ index: null, total: 4 });
    expect(at.previous?.outputId).toBe(21);
    expect(at.next?.outputId).toBe(51);
  });

  it('from an unknown output, offers the first failure', () => {
    expect(locateFailure(stops, { regressionId: 99, outputId: 99 })).toMatchObject({ index: null, previous: null, next: { outputId: 21 } });
  });
});

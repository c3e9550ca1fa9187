import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import type { RunSample } from '@/lib/result-status';
import { diffOf, hunk, removed } from './lib/diff-fixtures';
import { outputFile } from './test-support';
import { outputState } from './output-state';

const different = { kind: 'diff' as const, diff: diffOf([hunk([removed('a', 1)])]) };
const status = (s: 'identical' | 'missing_actual' | 'missing_expected') => ({ kind: 'diff' as const, diff: { ...diffOf([]), status: s } });
const file = outputFile({ content: 'x' });

describe('outputState', () => {
  it('reads a 204 / identical diff as matched', () => {
    expect(outputState(status('identical'), undefined, undefined).kind).toBe('matched');
    expect(outputState(undefined, { kind: 'matched' }, undefined).kind).toBe('matched');
  });

  it('reads 404 missing_output as missing output, whichever request said it', () => {
    expect(outputState({ kind: 'missing_output', message: '' }, undefined, undefined).kind).toBe('missing_output');
    expect(outputState(undefined, { kind: 'missing_output', message: '' }, undefined).kind).toBe('missing_output');
  });

  it('tells a file lost by storage from an output that was never produced', () => {
    const lost = { kind: 'differs' as const, file: outputFile({ storage_status: 'missing' }) };
    expect(outputState(status('missing_actual'), lost, undefined)).toMatchObject({ kind: 'not_in_storage', side: 'actual' });
    // Until /actual answers, a missing_actual diff is not yet known to be either.
    expect(outputState(status('missing_actual'), undefined, undefined).kind).toBe('loading');
    const lostExpected = { kind: 'file' as const, file: outputFile({ storage_status: 'missing' }) };
    expect(outputState(different, { kind: 'differs', file }, lostExpected)).toMatchObject({ kind: 'not_in_storage', side: 'expected' });
  });

  it('reads missing_expected as no baseline', () => {
    expect(outputState(status('missing_expected'), undefined, undefined).kind).toBe('missing_expected');
    expect(outputState(undefined, undefined, { kind: 'missing_expected', message: '' }).kind).toBe('missing_expected');
  });

  it('shows a diff that differs as soon as it arrives', () => {
    expect(outputState(different, undefined, undefined).kind).toBe('differs');
    expect(outputState(undefined, undefined, undefined).kind).toBe('loading');
  });
});

describe('outputState with the platform’s own server', () => {
  const notFound = new ApiError({ status: 404, code: 'not_found', message: 'No result for regression test 3.' });
  const baseline = { id: 3, correct: 'f'.repeat(64), correct_extension: '.txt', expected_filename: '_out3', ignore: false, variants: [] };
  const result: RunSample = {
    regression_test_id: 3,
    sample_id: 3,
    sample_name: 'mp4_608_sample.mp4',
    categories: [],
    command: '-out=ttxt',
    status: 'missing_output',
    runtime_ms: 500,
    exit_code: 0,
    expected_rc: 0,
    outputs: [],
  };

  it('reads a result that lists no outputs, and a regression test that has this one, as a missing output', () => {
    const errors = { diff: notFound, actual: notFound, expected: notFound };
    expect(outputState(undefined, undefined, undefined, { outputId: 3, result, baseline, errors }).kind).toBe('missing_output');
    // Not for an output the regression test does not have: that is Not found.
    expect(outputState(undefined, undefined, undefined, { outputId: 99, result, baseline: null, errors }).kind).toBe('loading');
    // Not for a result that produced its files.
    expect(
      outputState(undefined, undefined, undefined, { outputId: 3, result: { ...result, status: 'fail' }, baseline, errors }).kind,
    ).toBe('loading');
  });

  it('reads /expected 404 beside an actual file as an expected file missing from storage, never Not found', () => {
    const state = outputState(undefined, { kind: 'differs', file }, undefined, {
      outputId: 4,
      errors: { diff: notFound, expected: notFound },
    });
    expect(state).toMatchObject({ kind: 'not_in_storage', side: 'expected' });
    // A 404 of a route the server does not have says nothing about the file.
    const unknownRoute = new ApiError({ status: 404, code: 'not_found', message: 'Resource not found.', unknownRoute: true });
    expect(outputState(undefined, { kind: 'differs', file }, undefined, { outputId: 4, errors: { expected: unknownRoute } }).kind).toBe(
      'loading',
    );
  });

  it('reads an actual file equal to an accepted variant as a pass', () => {
    const actual = { kind: 'differs' as const, file: outputFile({ sha256: 'A'.repeat(64) }) };
    const withVariant = { ...baseline, variants: [{ id: 1, hash: 'a'.repeat(64) }] };
    expect(outputState(different, actual, undefined, { outputId: 5, baseline: withVariant })).toMatchObject({
      kind: 'differs',
      variant: true,
    });
    expect(outputState(different, actual, undefined, { outputId: 5, baseline })).toMatchObject({ kind: 'differs', variant: false });
  });
});

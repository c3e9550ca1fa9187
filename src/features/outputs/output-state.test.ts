import { describe, expect, it } from 'vitest';
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

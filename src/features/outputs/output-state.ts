import type { ActualResult } from './api/get-actual';
import type { DiffResult } from './api/get-diff';
import type { ExpectedResult } from './api/get-expected';

/** The screen's one state, from the three answers: matched, missing output and not found never blur. */
export type OutputState =
  | { kind: 'loading' }
  | { kind: 'matched'; expected: ExpectedResult | undefined }
  | { kind: 'missing_output'; expected: ExpectedResult | undefined }
  | { kind: 'missing_expected'; actual: ActualResult | undefined }
  | { kind: 'differs'; diff: DiffResult & { kind: 'diff' }; actual: ActualResult | undefined; expected: ExpectedResult | undefined };

export function outputState(
  diff: DiffResult | undefined,
  actual: ActualResult | undefined,
  expected: ExpectedResult | undefined,
): OutputState {
  if (actual?.kind === 'missing_output' || diff?.kind === 'missing_output' || (diff?.kind === 'diff' && diff.diff.status === 'missing_actual')) {
    return { kind: 'missing_output', expected };
  }
  if (actual?.kind === 'matched' || (diff?.kind === 'diff' && diff.diff.status === 'identical')) {
    return { kind: 'matched', expected };
  }
  if (expected?.kind === 'missing_expected' || (diff?.kind === 'diff' && diff.diff.status === 'missing_expected')) {
    return { kind: 'missing_expected', actual };
  }
  if (diff?.kind === 'diff') return { kind: 'differs', diff, actual, expected };
  return { kind: 'loading' };
}

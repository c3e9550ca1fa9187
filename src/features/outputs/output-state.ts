import type { ActualResult, OutputFile } from './api/get-actual';
import type { DiffResult } from './api/get-diff';
import type { ExpectedResult } from './api/get-expected';

type LoadedDiff = DiffResult & { kind: 'diff' };

/** The screen's one state, from the three answers: matched, missing output, lost files and not found never blur. */
export type OutputState =
  | { kind: 'loading' }
  | { kind: 'matched'; expected: ExpectedResult | undefined }
  | { kind: 'missing_output'; expected: ExpectedResult | undefined }
  | { kind: 'missing_expected'; actual: ActualResult | undefined }
  /** A file exists but neither storage backend has it: never shown as empty. */
  | { kind: 'not_in_storage'; side: 'actual' | 'expected'; actual: ActualResult | undefined; expected: ExpectedResult | undefined }
  | { kind: 'differs'; diff: LoadedDiff; actual: ActualResult | undefined; expected: ExpectedResult | undefined };

const lost = (file: OutputFile) => file.storage_status === 'missing';

export function outputState(
  diff: DiffResult | undefined,
  actual: ActualResult | undefined,
  expected: ExpectedResult | undefined,
): OutputState {
  const diffStatus = diff?.kind === 'diff' ? diff.diff.status : undefined;
  // A lost actual file makes the diff say missing_actual, but the test did produce it.
  if (actual?.kind === 'differs' && lost(actual.file)) return { kind: 'not_in_storage', side: 'actual', actual, expected };
  if (actual?.kind === 'missing_output' || diff?.kind === 'missing_output') return { kind: 'missing_output', expected };
  if (diffStatus === 'missing_actual') return actual ? { kind: 'missing_output', expected } : { kind: 'loading' };
  if (actual?.kind === 'matched' || diffStatus === 'identical') return { kind: 'matched', expected };
  if (expected?.kind === 'missing_expected' || diffStatus === 'missing_expected') return { kind: 'missing_expected', actual };
  if (expected?.kind === 'file' && lost(expected.file)) return { kind: 'not_in_storage', side: 'expected', actual, expected };
  if (diff?.kind === 'diff') return { kind: 'differs', diff, actual, expected };
  return { kind: 'loading' };
}

import type { Schemas } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import type { RunSample } from '@/lib/result-status';
import type { ActualResult, OutputFile } from './api/get-actual';
import type { DiffResult } from './api/get-diff';
import type { ExpectedResult } from './api/get-expected';

type LoadedDiff = DiffResult & { kind: 'diff' };
export type Baseline = Schemas['RegressionTestOutput'];

/** The screen's one state, from the three answers: matched, missing output, lost files and not found never blur. */
export type OutputState =
  | { kind: 'loading' }
  | { kind: 'matched'; expected: ExpectedResult | undefined }
  | { kind: 'missing_output'; expected: ExpectedResult | undefined }
  | { kind: 'missing_expected'; actual: ActualResult | undefined }
  /** A file exists but storage does not have it: never shown as empty, never as "Not found". */
  | { kind: 'not_in_storage'; side: 'actual' | 'expected'; actual: ActualResult | undefined; expected: ExpectedResult | undefined }
  /** `variant`: the actual file equals one of the baseline's accepted variants, a pass. */
  | { kind: 'differs'; diff: LoadedDiff; actual: ActualResult | undefined; expected: ExpectedResult | undefined; variant: boolean };

/** What the run and the regression test say about the output, besides its three file answers. */
export type OutputContext = {
  outputId: number;
  /** The run's result of the regression test, once loaded. */
  result?: RunSample;
  /** The regression test's entry for this output: undefined until loaded, null when it has none. */
  baseline?: Baseline | null;
  /** Why each file request failed, if it did. */
  errors?: { diff?: unknown; actual?: unknown; expected?: unknown };
};

const lost = (file: OutputFile) => file.storage_status === 'missing';

/** A 404 `not_found` of a known route: on the platform's own server also a missing output or a lost expected file. */
export const isNotFound = (error: unknown) =>
  isApiError(error) && error.status === 404 && error.code === 'not_found' && !error.unknownRoute;

/**
 * The platform's own server lists no outputs for a result that produced none, and answers every file route 404
 * `not_found`: it is a missing output when the result says so and the regression test does have this output.
 */
function missingOutputOfResult({ outputId, result, baseline }: OutputContext): boolean {
  return result?.status === 'missing_output' && !result.outputs.some((o) => o.output_id === outputId) && !!baseline;
}

/** The actual file is one of the regression test's accepted variants (by hash, or by the result's pass). */
function matchesVariant(file: OutputFile | undefined, { result, baseline }: OutputContext): boolean {
  if (!baseline) return false;
  if (file?.sha256) return baseline.variants.some((v) => v.hash.toLowerCase() === file.sha256?.toLowerCase());
  return result?.status === 'pass' && !baseline.ignore && baseline.variants.length > 0;
}

export function outputState(
  diff: DiffResult | undefined,
  actual: ActualResult | undefined,
  expected: ExpectedResult | undefined,
  context: OutputContext = { outputId: 0 },
): OutputState {
  const diffStatus = diff?.kind === 'diff' ? diff.diff.status : undefined;
  const actualFile = actual?.kind === 'differs' ? actual.file : undefined;
  // A lost actual file makes the diff say missing_actual, but the test did produce it.
  if (actualFile && lost(actualFile)) return { kind: 'not_in_storage', side: 'actual', actual, expected };
  if (actual?.kind === 'missing_output' || diff?.kind === 'missing_output') return { kind: 'missing_output', expected };
  if (missingOutputOfResult(context)) return { kind: 'missing_output', expected };
  if (diffStatus === 'missing_actual') return actual ? { kind: 'missing_output', expected } : { kind: 'loading' };
  if (actual?.kind === 'matched' || diffStatus === 'identical') return { kind: 'matched', expected };
  if (expected?.kind === 'missing_expected' || diffStatus === 'missing_expected') return { kind: 'missing_expected', actual };
  if (expected?.kind === 'file' && lost(expected.file)) return { kind: 'not_in_storage', side: 'expected', actual, expected };
  // The platform's own server: /expected and /diff answer 404 while /actual has the file.
  if (actualFile && isNotFound(context.errors?.expected)) return { kind: 'not_in_storage', side: 'expected', actual, expected };
  if (diff?.kind === 'diff') return { kind: 'differs', diff, actual, expected, variant: matchesVariant(actualFile, context) };
  return { kind: 'loading' };
}

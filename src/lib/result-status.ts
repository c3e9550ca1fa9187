// The words and verdicts of ui.md for results and outputs, in one place.
import type { Schemas } from './api-client';
import { known, statusWord, type Known } from './open-enum';

export type RunSample = Schemas['RunSample'];
/** Open enums: the known values and any other string a server may send (src/lib/open-enum.ts). */
export type ResultStatus = Schemas['ResultStatus'];
export type OutputStatus = Schemas['OutputStatus'];
export type RunStatus = Schemas['RunStatus'];

export const OUTPUT_STATUS_WORDS: Record<Known<'OutputStatus'>, string> = {
  pass: 'matched',
  fail: 'differs',
  missing_output: 'missing output',
  missing_expected: 'no baseline',
};

export const RESULT_STATUS_WORDS: Record<Known<'ResultStatus'>, string> = {
  pass: 'pass',
  fail: 'fail',
  skipped: 'skipped',
  missing_output: 'missing output',
  running: 'running',
  not_started: 'not started',
};

export const RUN_STATUS_WORDS: Record<Known<'RunStatus'>, string> = {
  queued: 'queued',
  running: 'running',
  pass: 'pass',
  fail: 'fail',
  canceled: 'canceled',
  incomplete: 'incomplete',
  error: 'error (no results)',
};

export const outputStatusWord = (status: OutputStatus) => statusWord('OutputStatus', OUTPUT_STATUS_WORDS, status);
export const resultStatusWord = (status: ResultStatus) => statusWord('ResultStatus', RESULT_STATUS_WORDS, status);
export const runStatusWord = (status: RunStatus) => statusWord('RunStatus', RUN_STATUS_WORDS, status);

export const RUN_STATUS_HINTS: Partial<Record<Known<'RunStatus'>, string>> = {
  canceled: 'canceled or infrastructure error',
  error: 'the run completed with no results',
  incomplete: 'the run stopped before every test finished',
  queued: 'waiting for a test machine',
  running: 'still running: this page refreshes itself',
};

/**
 * A differing file of a passing result is one of its accepted variants, unless its regression test ignores it;
 * `ignored` is undefined until the regression test is known, and nothing is claimed before.
 */
export function matchedVariant(result: Pick<RunSample, 'status'>, output: { status: OutputStatus }, ignored: boolean | undefined): boolean {
  return output.status === 'fail' && result.status === 'pass' && ignored === false;
}

export function exitCodeMismatch(result: Pick<RunSample, 'exit_code' | 'expected_rc'>): boolean {
  return result.exit_code !== null && result.expected_rc !== null && result.exit_code !== result.expected_rc;
}

export function exitCodeText(result: Pick<RunSample, 'exit_code' | 'expected_rc'>): string {
  return `exit code ${result.exit_code ?? '?'}, expected ${result.expected_rc ?? '?'}`;
}

/**
 * What a maintainer sees for a result: a wrong exit code fails it whatever its files say. A status the viewer
 * does not know is `unknown`: neither a pass nor a failure.
 */
export type Verdict = Known<'ResultStatus'> | 'unknown';

export function resultVerdict(result: RunSample): Verdict {
  if (result.status === 'missing_output') return 'missing_output';
  if (result.status === 'fail' || exitCodeMismatch(result)) return 'fail';
  return known('ResultStatus', result.status) ?? 'unknown';
}

export function isFailing(verdict: Verdict): boolean {
  return verdict === 'fail' || verdict === 'missing_output';
}

/** Worst first: the order the run screen sorts by. */
export const VERDICT_RANK: Record<Verdict, number> = {
  fail: 0,
  missing_output: 1,
  running: 2,
  unknown: 3,
  not_started: 4,
  skipped: 5,
  pass: 6,
};

/** The verdict's word; an unknown one reads as the status came. */
export function verdictWord(verdict: Verdict, status: ResultStatus): string {
  return verdict === 'unknown' ? resultStatusWord(status) : RESULT_STATUS_WORDS[verdict];
}

// The words and verdicts of ui.md for results and outputs, in one place.
import type { Schemas } from './api-client';

export type RunSample = Schemas['RunSample'];
export type ResultStatus = Schemas['ResultStatus'];
export type OutputStatus = Schemas['OutputStatus'];
export type RunStatus = Schemas['RunStatus'];

export const OUTPUT_STATUS_WORDS: Record<OutputStatus, string> = {
  pass: 'matched',
  fail: 'differs',
  missing_output: 'missing output',
  missing_expected: 'no baseline',
};

export const RESULT_STATUS_WORDS: Record<ResultStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  skipped: 'skipped',
  missing_output: 'missing output',
  running: 'running',
  not_started: 'not started',
};

export const RUN_STATUS_WORDS: Record<RunStatus, string> = {
  queued: 'queued',
  running: 'running',
  pass: 'pass',
  fail: 'fail',
  canceled: 'canceled',
  incomplete: 'incomplete',
};

export const RUN_STATUS_HINTS: Partial<Record<RunStatus, string>> = {
  canceled: 'canceled or infrastructure error',
  incomplete: 'the run stopped before every test finished',
  queued: 'waiting for a test machine',
  running: 'still running: this page refreshes itself',
};

export function exitCodeMismatch(result: Pick<RunSample, 'exit_code' | 'expected_rc'>): boolean {
  return result.exit_code !== null && result.expected_rc !== null && result.exit_code !== result.expected_rc;
}

export function exitCodeText(result: Pick<RunSample, 'exit_code' | 'expected_rc'>): string {
  return `exit code ${result.exit_code ?? '?'}, expected ${result.expected_rc ?? '?'}`;
}

/** What a maintainer sees for a result: a wrong exit code fails it whatever its files say. */
export type Verdict = 'fail' | 'missing_output' | 'pass' | 'skipped' | 'running' | 'not_started';

export function resultVerdict(result: RunSample): Verdict {
  if (result.status === 'missing_output') return 'missing_output';
  if (result.status === 'fail' || exitCodeMismatch(result)) return 'fail';
  return result.status;
}

export function isFailing(verdict: Verdict): boolean {
  return verdict === 'fail' || verdict === 'missing_output';
}

/** Worst first: the order the run screen sorts by. */
export const VERDICT_RANK: Record<Verdict, number> = {
  fail: 0,
  missing_output: 1,
  running: 2,
  not_started: 3,
  skipped: 4,
  pass: 5,
};

export const VERDICT_WORDS: Record<Verdict, string> = { ...RESULT_STATUS_WORDS };

import { known, unknownStatusWord, type Known } from '@/lib/open-enum';
import { OUTPUT_STATUS_WORDS, RESULT_STATUS_WORDS, type OutputStatus, type Verdict } from '@/lib/result-status';
import { StatusBadge, type Tone } from './status-badge';

const VERDICT_TONES: Record<Verdict, Tone> = {
  fail: 'fail',
  missing_output: 'missing',
  pass: 'pass',
  skipped: 'neutral',
  running: 'info',
  not_started: 'neutral',
  unknown: 'warn',
};

/** A result's verdict; an unknown one shows the status as the server sent it, when there is one. */
export function VerdictBadge({ verdict, status }: { verdict: Verdict; status?: string }) {
  const word = verdict !== 'unknown' ? RESULT_STATUS_WORDS[verdict] : status === undefined ? 'unknown status' : unknownStatusWord(status);
  return <StatusBadge tone={VERDICT_TONES[verdict]}>{word}</StatusBadge>;
}

const OUTPUT_TONES: Record<Known<'OutputStatus'>, Tone> = {
  pass: 'pass',
  fail: 'fail',
  missing_output: 'missing',
  missing_expected: 'warn',
};

/** "matched", "differs", "missing output", "no baseline"; any other status as it came, marked "unknown status". */
export function OutputStatusBadge({ status }: { status: OutputStatus }) {
  const knownStatus = known('OutputStatus', status);
  if (knownStatus === undefined) return <StatusBadge tone="warn">{unknownStatusWord(status)}</StatusBadge>;
  return <StatusBadge tone={OUTPUT_TONES[knownStatus]}>{OUTPUT_STATUS_WORDS[knownStatus]}</StatusBadge>;
}

import { OUTPUT_STATUS_WORDS, VERDICT_WORDS, type OutputStatus, type Verdict } from '@/lib/result-status';
import { StatusBadge, type Tone } from './status-badge';

const VERDICT_TONES: Record<Verdict, Tone> = {
  fail: 'fail',
  missing_output: 'missing',
  pass: 'pass',
  skipped: 'neutral',
  running: 'info',
  not_started: 'neutral',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <StatusBadge tone={VERDICT_TONES[verdict]}>{VERDICT_WORDS[verdict]}</StatusBadge>;
}

const OUTPUT_TONES: Record<OutputStatus, Tone> = {
  pass: 'pass',
  fail: 'fail',
  missing_output: 'missing',
  missing_expected: 'warn',
};

/** "matched", "differs", "missing output", "no baseline". */
export function OutputStatusBadge({ status }: { status: OutputStatus }) {
  return <StatusBadge tone={OUTPUT_TONES[status]}>{OUTPUT_STATUS_WORDS[status]}</StatusBadge>;
}

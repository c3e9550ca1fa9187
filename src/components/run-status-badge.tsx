import { known, type Known } from '@/lib/open-enum';
import { RUN_STATUS_HINTS, runStatusWord, type RunStatus } from '@/lib/result-status';
import { StatusBadge, type Tone } from './status-badge';

const TONES: Record<Known<'RunStatus'>, Tone> = {
  queued: 'info',
  running: 'info',
  pass: 'pass',
  fail: 'fail',
  canceled: 'neutral',
  incomplete: 'warn',
  error: 'warn',
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const knownStatus = known('RunStatus', status);
  const hint = knownStatus && RUN_STATUS_HINTS[knownStatus];
  return (
    <StatusBadge tone={knownStatus ? TONES[knownStatus] : 'warn'} title={hint}>
      {status === 'running' && <span className="pulse" aria-hidden="true" />}
      {runStatusWord(status)}
      {status === 'canceled' && <span className="sr-only"> (canceled or infrastructure error)</span>}
    </StatusBadge>
  );
}

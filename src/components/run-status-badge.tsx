import { RUN_STATUS_HINTS, RUN_STATUS_WORDS, type RunStatus } from '@/lib/result-status';
import { StatusBadge, type Tone } from './status-badge';

const TONES: Record<RunStatus, Tone> = {
  queued: 'info',
  running: 'info',
  pass: 'pass',
  fail: 'fail',
  canceled: 'neutral',
  incomplete: 'warn',
};

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const hint = RUN_STATUS_HINTS[status];
  return (
    <StatusBadge tone={TONES[status]} title={hint}>
      {status === 'running' && <span className="pulse" aria-hidden="true" />}
      {RUN_STATUS_WORDS[status]}
      {status === 'canceled' && <span className="sr-only"> (canceled or infrastructure error)</span>}
    </StatusBadge>
  );
}

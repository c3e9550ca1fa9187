import { exitCodeMismatch, exitCodeText, type RunSample } from '@/lib/result-status';
import { StatusBadge } from './status-badge';

/** A result's exit code as a fact: "exit code 10, expected 0" in a fail badge when it is wrong, else "0 (expected 0)". */
export function ExitCode({ result }: { result: Pick<RunSample, 'exit_code' | 'expected_rc'> }) {
  if (exitCodeMismatch(result)) return <StatusBadge tone="fail">{exitCodeText(result)}</StatusBadge>;
  return (
    <span>
      {result.exit_code ?? '—'} <span className="muted">(expected {result.expected_rc ?? '—'})</span>
    </span>
  );
}

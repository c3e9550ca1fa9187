import './exit-code-notice.css';
import { StatusBadge } from '@/components/status-badge';
import { exitCodeMismatch, exitCodeText, type RunSample } from '@/lib/result-status';

/** A wrong exit code fails the result whatever its files say, so it is said first. */
export function ExitCodeNotice({ result }: { result: Pick<RunSample, 'exit_code' | 'expected_rc'> | undefined }) {
  if (!result || !exitCodeMismatch(result)) return null;
  return (
    <p className="notice notice--fail exit-code-notice" role="status">
      <StatusBadge tone="fail">{exitCodeText(result)}</StatusBadge>
      <span>This result fails on its exit code, whatever its output files say.</span>
    </p>
  );
}

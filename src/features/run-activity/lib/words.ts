// The words of the platform's progress statuses, error types, severities, log levels and artifact types. Any
// value the viewer does not know reads as it came, marked (src/lib/open-enum.ts).
import { statusWord } from '@/lib/open-enum';

export const progressWord = (status: string) =>
  statusWord(
    'ProgressStatus',
    { queued: 'queued', preparation: 'preparing', testing: 'testing', completed: 'completed', canceled: 'canceled', error: 'error' },
    status,
  );

export const errorTypeWord = (type: string) =>
  statusWord(
    'RunErrorType',
    {
      test_failure: 'Test failures',
      exit_code_mismatch: 'Exit code mismatches',
      missing_output: 'Missing outputs',
      diff_mismatch: 'Outputs that differ',
      queue: 'Queue',
      vm_provisioning: 'VM provisioning',
      checkout: 'Checkout',
      merge: 'Merge',
      build: 'Build',
      worker: 'Worker',
      web_server: 'Web server',
      storage: 'Storage',
    },
    type,
  );

export const severityWord = (severity: string) =>
  statusWord('Severity', { info: 'info', warning: 'warning', error: 'error', critical: 'critical' }, severity);

export const artifactWord = (type: string) =>
  statusWord(
    'ArtifactType',
    {
      build_log: 'Build log',
      sample_output: 'Sample output',
      expected_output: 'Expected output',
      actual_output: 'Actual output',
      diff: 'Diff',
      media_info: 'Media info',
      binary: 'Binary',
      coredump: 'Core dump',
      combined_stdout: 'Combined stdout',
    },
    type,
  );

export const storageWord = (status: string) =>
  statusWord('StorageStatus', { ok: 'stored', degraded: 'in one storage only', missing: 'missing from storage' }, status);

/** "12.3 MB", "60 bytes". */
export function sizeWords(bytes: number | null): string {
  if (bytes === null) return 'size unknown';
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Only http(s) URLs become links (a signed URL on another origin). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

import { Tooltip } from 'radix-ui';
import type { OutputFile } from '../api/get-actual';

type StorageStatus = OutputFile['storage_status'];

const TONES: Record<StorageStatus, string> = { ok: 'pass', degraded: 'warn', missing: 'fail' };

export const STORAGE_EXPLANATIONS: Record<StorageStatus, string> = {
  ok: 'Verified in both storage backends: the platform’s local storage and its cloud (GCS) storage.',
  degraded: 'Only one storage backend has this file (local or cloud storage), so it has no second copy. Its content is still shown.',
  missing: 'Neither storage backend has this file: local and cloud storage both lost it, so its content cannot be shown.',
};

/** "Storage: ok|degraded|missing" in colour and words, with the backends explained on hover and focus. */
export function StorageBadge({ status, side }: { status: StorageStatus; side: 'Expected' | 'Actual' }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button type="button" className={`badge badge--${TONES[status]} storage-badge`} aria-label={`${side} file: Storage: ${status}`}>
          Storage: {status}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={4}>
          {STORAGE_EXPLANATIONS[status]}
          <Tooltip.Arrow className="tooltip__arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

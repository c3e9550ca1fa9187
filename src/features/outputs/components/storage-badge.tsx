import './storage-badge.css';
import * as Tooltip from 'radix-ui/tooltip';
import { known, unknownStatusWord, type Known } from '@/lib/open-enum';
import type { OutputFile } from '../api/get-actual';

type KnownStorageStatus = Known<'StorageStatus'>;

const TONES: Record<KnownStorageStatus, string> = { ok: 'pass', degraded: 'warn', missing: 'fail' };

export const STORAGE_EXPLANATIONS: Record<KnownStorageStatus, string> = {
  ok: 'Verified in both storage backends: the platform’s local storage and its cloud (GCS) storage.',
  degraded: 'Only one storage backend has this file (local or cloud storage), so it has no second copy. Its content is still shown.',
  missing: 'Neither storage backend has this file: local and cloud storage both lost it, so its content cannot be shown.',
};

/**
 * "Storage: ok|degraded|missing" in colour and words, with the backends explained on hover and focus; a status
 * the viewer does not know as it came, marked, with the content shown as the server sent it.
 */
export function StorageBadge({ status, side }: { status: OutputFile['storage_status']; side: string }) {
  const knownStatus = known('StorageStatus', status);
  const word = knownStatus ?? unknownStatusWord(status);
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          className={`badge badge--${knownStatus ? TONES[knownStatus] : 'warn'} storage-badge`}
          aria-label={`${side} file: Storage: ${word}`}
        >
          Storage: {word}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={4}>
          {knownStatus
            ? STORAGE_EXPLANATIONS[knownStatus]
            : 'The API sent a storage status this viewer does not know. The content is shown as the server sent it.'}
          <Tooltip.Arrow className="tooltip__arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

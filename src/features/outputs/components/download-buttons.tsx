import './output.css';
import { useState } from 'react';
import { useToast } from '@/components/toast';
import type { OutputRef } from '@/lib/query-keys';
import { getUnifiedDiff } from '../api/get-diff';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { httpUrl, safeDownloadName } from '../lib/download-name';
import { saveBlob } from '../lib/save-blob';

type Props = {
  outputRef: OutputRef;
  context: number;
  filename: string;
  expected: DecodedFile | undefined;
  actual: DecodedFile | undefined;
  /** A unified diff exists only when the output differs. */
  withDiff: boolean;
  /** The files still loading that will be offered: their buttons wait, disabled, in their place. */
  coming?: { expected?: boolean; actual?: boolean };
};

/** The received bytes of either file, exactly as they are, or the whole file when the API cut it. */
function FileDownload({ decoded, side, coming }: { decoded: DecodedFile | undefined; side: 'expected' | 'actual'; coming?: boolean }) {
  const label = `Download ${side}`;
  if (!decoded && coming) {
    return (
      <button type="button" className="button" disabled>
        {label}
      </button>
    );
  }
  if (!decoded || !('decoded' in decoded) || decoded.decoded.kind === 'unavailable') return null;
  const { file } = decoded;
  const whole = file.truncated ? httpUrl(file.download_url) : null;
  if (whole) {
    return (
      <a className="button" href={whole} rel="noopener noreferrer" download={safeDownloadName(file.filename, `${side}.txt`)}>
        {label}
      </a>
    );
  }
  const { bytes } = decoded.decoded;
  return (
    <button
      type="button"
      className="button"
      title={file.truncated ? 'Only the part the API sent (the first 1 MiB)' : undefined}
      onClick={() =>
        saveBlob(
          new Blob([bytes], { type: file.content_type || 'application/octet-stream' }),
          safeDownloadName(file.filename, `${side}.out`),
        )
      }
    >
      {label}
      {file.truncated ? ' (first 1 MiB)' : ''}
    </button>
  );
}

export function DownloadButtons({ outputRef, context, filename, expected, actual, withDiff, coming = {} }: Props) {
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <div className="download-buttons" role="group" aria-label="Downloads">
      <FileDownload decoded={expected} side="expected" coming={coming.expected} />
      <FileDownload decoded={actual} side="actual" coming={coming.actual} />
      {withDiff && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const text = await getUnifiedDiff(outputRef, context);
              saveBlob(new Blob([text], { type: 'text/x-diff' }), `${safeDownloadName(filename, 'output')}.diff`);
            } catch (error) {
              notify(`Could not download the diff: ${error instanceof Error ? error.message : String(error)}`, 'error');
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? 'Preparing .diff…' : 'Download .diff'}
        </button>
      )}
    </div>
  );
}

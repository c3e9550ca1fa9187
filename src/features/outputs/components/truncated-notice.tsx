import type { OutputFile } from '../api/get-actual';
import { httpUrl } from '../lib/download-name';
import { formatNumber } from '@/lib/format-count';

/** Content cut at the API's 1 MiB: say so, and offer the whole file when the server gave a usable link. */
export function TruncatedNotice({ file, side }: { file: OutputFile; side: string }) {
  if (!file.truncated) return null;
  const url = httpUrl(file.download_url);
  return (
    <p className="notice notice--warn" role="note">
      {side} file truncated: the API sends at most {formatNumber(1_048_576)} characters, so only its beginning is shown here.{' '}
      {url ? (
        <a href={url} rel="noopener noreferrer" target="_blank">
          Download the whole {side.toLowerCase()} file
        </a>
      ) : (
        'The server gave no link to the whole file.'
      )}
    </p>
  );
}

import { CopyButton } from '@/components/copy-button';
import { useBaselineDownload } from '../api/get-baseline-download';
import type { Baseline } from '../output-state';

type Props = { regressionId: number; baseline: Baseline };

const safeUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * The expected file of an output whose file routes cannot hand it out (the platform's own server answers 404 for
 * every file of a missing output): a download where the platform can give one, else its stored name to look for.
 */
export function BaselineFile({ regressionId, baseline }: Props) {
  const download = useBaselineDownload(regressionId, baseline.id, true);
  // The platform stores an expected file under its hash (`correct`) and extension.
  const stored = `${baseline.correct}${baseline.correct_extension}`;
  const url = safeUrl(download.data?.download_url);
  return (
    <div className="notice notice--info baseline-file" role="status">
      {download.isPending ? (
        <p>Asking the platform where the expected file is stored…</p>
      ) : url ? (
        <p>
          This server hands out the expected file only as a download:{' '}
          <a href={url} rel="noopener noreferrer" download>
            Download the expected file
          </a>
          .
        </p>
      ) : (
        <p>
          {download.data
            ? 'Only the platform’s own disk has the expected file, stored there as '
            : 'The platform did not say where the expected file is stored; look for '}
          <code className="break">{stored}</code>.{' '}
          <CopyButton value={stored} label="Copy" what="The stored name" ariaLabel="Copy the stored name" />
        </p>
      )}
    </div>
  );
}

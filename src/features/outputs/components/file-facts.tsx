import './output.css';
import { useMemo } from 'react';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { encodingLabel } from '../lib/decode-content';
import { countFileLines } from '../lib/file-lines';
import { formatNumber, plural } from '@/lib/format-count';
import { ChecksumStatus } from './checksum-status';
import { StorageBadge } from './storage-badge';
import { TruncatedNotice } from './truncated-notice';

type Props = { side: string; decoded: DecodedFile };

/** What was received for one side: storage, encoding, size, lines, and whether the bytes check out. */
export function FileFacts({ side, decoded }: Props) {
  const { file } = decoded;
  const content = 'decoded' in decoded ? decoded.decoded : null;
  const text = content?.kind === 'text' ? content.text : null;
  const lineCount = useMemo(() => (text === null ? 0 : countFileLines(text)), [text]);
  const truncated = file.truncated === true;
  return (
    <div className="file-facts" role="group" aria-label={`${side} file`}>
      <span className="file-facts__side">{side}</span>
      <StorageBadge status={file.storage_status} side={side} />
      {content?.kind === 'text' && (
        <>
          <span>{encodingLabel(content.encoding)}</span>
          <span>{formatNumber(content.byteLength)} bytes</span>
          <span>
            {truncated ? 'at least ' : ''}
            {plural(lineCount, 'line')}
          </span>
        </>
      )}
      {content?.kind === 'binary' && (
        <>
          <span>binary</span>
          <span>{formatNumber(content.byteLength)} bytes</span>
        </>
      )}
      {content && content.kind !== 'unavailable' && <ChecksumStatus bytes={content.bytes} sha256={file.sha256} truncated={truncated} />}
      <TruncatedNotice file={file} side={side} />
    </div>
  );
}

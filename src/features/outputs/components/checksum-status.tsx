import './checksum-status.css';
import { useChecksum } from '../hooks/use-checksum';

type Props = { bytes: Uint8Array | undefined; sha256: string | null | undefined; truncated: boolean };

/** The server's sha256 checked against the bytes received (WebCrypto). */
export function ChecksumStatus({ bytes, sha256, truncated }: Props) {
  const result = useChecksum(bytes, sha256, truncated);
  if (truncated && sha256) return <span className="muted">checksum not checked (the content was cut)</span>;
  switch (result.status) {
    case 'pending':
      return <span className="muted">verifying checksum…</span>;
    case 'verified':
      return (
        <span className="checksum checksum--ok" title={`sha256 ${result.actual}`}>
          ✓ checksum verified
        </span>
      );
    case 'mismatch':
      return (
        <span className="checksum checksum--bad" role="alert">
          ⚠ Checksum mismatch: the bytes received do not match the server’s sha256 (expected <code>{sha256?.slice(0, 12)}…</code>, received{' '}
          <code>{result.actual.slice(0, 12)}…</code>). The content may be corrupted in transfer: reload before trusting this view.
        </span>
      );
    case 'unchecked':
      return null;
  }
}

import { useEffect, useState } from 'react';
import { verifyChecksum, type ChecksumResult } from '../lib/checksum';

export type ChecksumState = ChecksumResult | { status: 'pending' };

/** Hashes the received bytes with WebCrypto; a truncated file is not checked (a prefix never matches). */
export function useChecksum(bytes: Uint8Array | undefined, sha256: string | null | undefined, truncated: boolean): ChecksumState {
  const expected = truncated ? undefined : (sha256 ?? undefined);
  const [result, setResult] = useState<{ for: Uint8Array; value: ChecksumResult } | null>(null);
  useEffect(() => {
    if (!bytes || !expected) return;
    let live = true;
    verifyChecksum(bytes, expected).then(
      (value) => live && setResult({ for: bytes, value }),
      () => live && setResult({ for: bytes, value: { status: 'unchecked' } }),
    );
    return () => {
      live = false;
    };
  }, [bytes, expected]);
  if (!bytes || !expected) return { status: 'unchecked' };
  return result?.for === bytes ? result.value : { status: 'pending' };
}

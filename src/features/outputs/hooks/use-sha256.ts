import { useEffect, useState } from 'react';
import { sha256Hex } from '../lib/checksum';

/** The sha256 of bytes the server sent no hash for (binary comparison). */
export function useSha256(bytes: Uint8Array | undefined, known: string | null | undefined): string | undefined {
  const [computed, setComputed] = useState<{ for: Uint8Array; hex: string } | null>(null);
  useEffect(() => {
    if (!bytes || known) return;
    let live = true;
    void sha256Hex(bytes).then((hex) => live && setComputed({ for: bytes, hex }));
    return () => {
      live = false;
    };
  }, [bytes, known]);
  if (known) return known;
  return computed && computed.for === bytes ? computed.hex : undefined;
}

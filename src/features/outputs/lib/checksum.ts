// Verifies the server's sha256 against the bytes the viewer actually shows, so
// a corrupted transfer or a mangled proxy response cannot pass as the real
// output. Pass no expected hash for truncated content: a prefix never matches.

export type ChecksumResult =
  { status: 'verified'; actual: string } | { status: 'mismatch'; actual: string } | { status: 'unchecked'; actual?: undefined };

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto wants an ArrayBuffer-backed view; copy only when it is not one.
  const data = bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice();
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function verifyChecksum(bytes: Uint8Array, expectedHex?: string | null): Promise<ChecksumResult> {
  const expected = expectedHex?.trim().toLowerCase();
  if (!expected) return { status: 'unchecked' };
  const actual = await sha256Hex(bytes);
  return { status: actual === expected ? 'verified' : 'mismatch', actual };
}

// Counts the bytes that are not part of a well-formed UTF-8 sequence (Unicode
// "maximal subpart" rules: no overlongs, no surrogates, nothing past U+10FFFF).
// The viewer reports this number when it falls back to Windows-1252, so a
// maintainer sees "3 bytes are not valid UTF-8" instead of silent mojibake.

/** Second-byte range and continuation count for each lead byte. */
function leadInfo(lead: number): { need: number; lo: number; hi: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { need: 1, lo: 0x80, hi: 0xbf };
  if (lead === 0xe0) return { need: 2, lo: 0xa0, hi: 0xbf };
  if (lead === 0xed) return { need: 2, lo: 0x80, hi: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { need: 2, lo: 0x80, hi: 0xbf };
  if (lead === 0xf0) return { need: 3, lo: 0x90, hi: 0xbf };
  if (lead === 0xf4) return { need: 3, lo: 0x80, hi: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { need: 3, lo: 0x80, hi: 0xbf };
  return null;
}

/**
 * @param allowIncompleteTail true for content cut at a size limit: a sequence
 *   that the cut split in two is not counted as invalid.
 */
export function countInvalidUtf8Bytes(bytes: Uint8Array, allowIncompleteTail = false): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const info = leadInfo(lead);
    if (info === null) {
      invalid += 1;
      i += 1;
      continue;
    }
    let k = i + 1;
    let ok = true;
    for (let n = 0; n < info.need; n += 1, k += 1) {
      if (k >= bytes.length) break;
      const byte = bytes[k] ?? 0;
      const [lo, hi] = n === 0 ? [info.lo, info.hi] : [0x80, 0xbf];
      if (byte < lo || byte > hi) {
        ok = false;
        break;
      }
    }
    const complete = ok && k - i === info.need + 1;
    if (!complete && !(ok && k >= bytes.length && allowIncompleteTail)) invalid += k - i;
    i = k;
  }
  return invalid;
}

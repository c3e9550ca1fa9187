// Windows-1252, the encoding of the usual Latin-1 vs UTF-8 slip of caption extractors, in both directions.
// WHATWG Windows-1252 for bytes 0x80–0x9F; the other bytes map to U+00xx.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>(Array.from(HIGH, (c, i) => [c, 0x80 + i]));
const ENCODER = new TextEncoder();

/** What a Windows-1252 reader shows for the UTF-8 bytes of `text` ("é" → "Ã©"). */
export function garble(text: string): string {
  return Array.from(ENCODER.encode(text), (b) => (b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? '') : String.fromCharCode(b))).join('');
}

/** The Windows-1252 bytes of `text`, or null when a character has none. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const high = BYTE_OF.get(text.charAt(i));
    if (high !== undefined) bytes[i] = high;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else return null;
  }
  return bytes;
}

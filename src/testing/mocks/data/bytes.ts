// Byte-level helpers the file routes need in both the browser and Node: encoders for the encodings the fixtures
// use, base64, and the "is this confirmed text?" check.
import type { FileData } from './files';
import { sha256Hex } from './sha256';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    chunk += BASE64.charAt(n >> 18) + BASE64.charAt((n >> 12) & 63) + BASE64.charAt((n >> 6) & 63) + BASE64.charAt(n & 63);
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    chunk += BASE64.charAt(n >> 18) + BASE64.charAt((n >> 12) & 63) + '==';
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    chunk += BASE64.charAt(n >> 18) + BASE64.charAt((n >> 12) & 63) + BASE64.charAt((n >> 6) & 63) + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A file of this text in UTF-8; not confirmed as text (`text` null) when it holds a NUL, as the server does. */
export function textFile(text: string, contentType: string): FileData {
  const bytes = utf8(text);
  let hash: string | undefined;
  return { bytes, contentType, text: text.includes('\u0000') ? null : text, sha256: () => (hash ??= sha256Hex(bytes)) };
}

/** UTF-8 text with no NUL bytes, or null: the server only confirms such files as text. */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = CP1252_HIGH.indexOf(text[i] as string);
    if (high >= 0 && (code < 0x80 || code > 0x9f)) out[i] = 0x80 + high;
    else if (code <= 0xff) out[i] = code;
    else out[i] = 0x3f; // '?', as a lossy encoder would
  }
  return out;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** UTF-16 little-endian with a byte-order mark, as CCExtractor writes with `-unicode`. */
export function utf16leWithBom(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

function decodeUtf16le(bytes: Uint8Array, start: number): string {
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] as number) | ((bytes[i + 1] as number) << 8));
  return out;
}

/** Text for line diffs, whatever the bytes: UTF-16 by its BOM, UTF-8 when valid, else Windows-1252. */
export function decodeForDiff(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16le(bytes, 2);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

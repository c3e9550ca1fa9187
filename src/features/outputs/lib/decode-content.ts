// Turns an OutputFile into something the viewer can render honestly: text in
// the encoding the file really uses, binary as bytes, or "unavailable" when
// storage lost the file (its empty content is not an empty file).
import type { components } from '@/api/schema';
import { base64ToBytes } from './base64';
import { leadingCodeUnits, looksBinary } from './sniff-binary';
import { countInvalidUtf8Bytes } from './utf8-invalid';
import { decodeWindows1252 } from './windows-1252';

export { hexDump } from './hex-dump';
export { InvalidBase64Error } from './base64';

type OutputFile = components['schemas']['OutputFile'];

export type ContentEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextContent {
  kind: 'text';
  text: string;
  encoding: ContentEncoding;
  /** The raw bytes, BOM included: what sha256 was computed over. */
  bytes: Uint8Array<ArrayBuffer>;
  byteLength: number;
  /** Bytes the detected encoding could not decode (non-UTF-8 bytes for Windows-1252). */
  invalidBytes: number;
}

export interface BinaryContent {
  kind: 'binary';
  bytes: Uint8Array<ArrayBuffer>;
  byteLength: number;
}

export type DecodedContent = { kind: 'unavailable' } | TextContent | BinaryContent;

const LABELS: Record<ContentEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE (BOM)',
  'utf-16be': 'UTF-16 BE (BOM)',
  'windows-1252': 'Windows-1252',
};

export function encodingLabel(encoding: ContentEncoding): string {
  return LABELS[encoding];
}

/**
 * @throws InvalidBase64Error when base64 content is malformed (a broken response).
 */
export function decodeOutputFile(file: OutputFile): DecodedContent {
  if (file.storage_status === 'missing') return { kind: 'unavailable' };
  if (file.encoding === 'utf-8') {
    // The server confirmed it is text: take it as is.
    return textContent(file.content, 'utf-8', new TextEncoder().encode(file.content), 0);
  }
  return decodeBytes(base64ToBytes(file.content), { truncated: file.truncated === true });
}

/**
 * @param truncated the bytes were cut at a size limit, so a character split by
 *   the cut is dropped rather than counted as invalid.
 */
export function decodeBytes(
  bytes: Uint8Array<ArrayBuffer>,
  { truncated = false }: { truncated?: boolean } = {},
): TextContent | BinaryContent {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'utf-16le', truncated);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'utf-16be', truncated);

  const hasBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return binaryContent(bytes);

  if (hasBom) {
    // A UTF-8 BOM is a declaration: honour it and count what does not decode.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body, { stream: truncated });
    return textContent(text, 'utf-8-bom', bytes, countInvalidUtf8Bytes(body, truncated));
  }
  try {
    // stream: true keeps a multi-byte character split by truncation from failing the check.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body, { stream: truncated });
    return textContent(text, 'utf-8', bytes, 0);
  } catch {
    // Windows-1252 maps all 256 bytes, so this never fails.
    const text = decodeWindows1252(body);
    return textContent(text, 'windows-1252', bytes, countInvalidUtf8Bytes(body, truncated));
  }
}

function decodeUtf16(bytes: Uint8Array<ArrayBuffer>, encoding: 'utf-16le' | 'utf-16be', truncated: boolean): TextContent | BinaryContent {
  let body = bytes.subarray(2);
  let invalid = 0;
  if (body.length % 2 === 1) {
    if (truncated) body = body.subarray(0, body.length - 1);
    else invalid += 1;
  }
  invalid += 2 * countLoneSurrogates(body, encoding === 'utf-16le', truncated);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body, { stream: truncated });
  // NULs are normal in UTF-16 bytes, so sniff the decoded characters instead.
  if (looksBinary(leadingCodeUnits(text))) return binaryContent(bytes);
  return textContent(text, encoding, bytes, invalid);
}

/** A high surrogate at the very end of truncated content is a split pair, not an error. */
function countLoneSurrogates(body: Uint8Array, littleEndian: boolean, truncated: boolean): number {
  let lone = 0;
  let pendingHigh = false;
  for (let i = 0; i + 1 < body.length; i += 2) {
    const a = body[i] ?? 0;
    const b = body[i + 1] ?? 0;
    const unit = littleEndian ? a | (b << 8) : (a << 8) | b;
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (pendingHigh && !isLow) lone += 1;
    if (!pendingHigh && isLow) lone += 1;
    pendingHigh = isHigh;
  }
  return lone + (pendingHigh && !truncated ? 1 : 0);
}

function textContent(text: string, encoding: ContentEncoding, bytes: Uint8Array<ArrayBuffer>, invalidBytes: number): TextContent {
  return { kind: 'text', text, encoding, bytes, byteLength: bytes.length, invalidBytes };
}

function binaryContent(bytes: Uint8Array<ArrayBuffer>): BinaryContent {
  return { kind: 'binary', bytes, byteLength: bytes.length };
}

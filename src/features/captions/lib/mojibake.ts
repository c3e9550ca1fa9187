// Recognises text that differs from the original only by an encoding slip, the
// usual Latin-1 vs UTF-8 trouble of caption extractors:
// - UTF-8 bytes read as Windows-1252 ("é" shows as "Ã©"), possibly twice;
// - Latin-1 bytes read as UTF-8 (each accented letter becomes U+FFFD "�").

import { encodeWindows1252, garble } from '@/lib/windows-1252';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `text` back as the UTF-8 it was before a Windows-1252 decode; null if it was not. */
export function undoMojibake(text: string): string | null {
  if (!/[\u0080-\uffff]/.test(text)) return null;
  const bytes = encodeWindows1252(text);
  if (bytes === null) return null;
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** True when `garbled` is `original` with non-ASCII characters replaced by U+FFFD one for one. */
function replacedByFffd(original: string, garbled: string): boolean {
  const a = Array.from(original);
  const b = Array.from(garbled);
  if (a.length !== b.length || !b.includes('\ufffd')) return false;
  return a.every((c, i) => c === b[i] || (b[i] === '\ufffd' && c.charCodeAt(0) > 0x7f));
}

/**
 * True when `garbled` differs from `original` and is explained by an encoding
 * slip. `same` compares candidates so callers can ignore tags or whitespace.
 */
export function isMojibakeOf(original: string, garbled: string, same: (a: string, b: string) => boolean = (a, b) => a === b): boolean {
  if (original === garbled) return false;
  if (replacedByFffd(original, garbled)) return true;
  let current: string | null = garbled;
  // Twice covers files that went through the wrong decode two times ("Ã©" → "ÃƒÂ©").
  for (let round = 0; round < 2 && current !== null; round += 1) {
    current = undoMojibake(current);
    if (current !== null && same(original, current)) return true;
  }
  return false;
}

/**
 * The first mangled character for a sentence like "é shows as Ã©", from two
 * texts that isMojibakeOf already matched (either side may be the garbled one).
 */
export function mojibakeExample(expected: string, actual: string): { expected: string; actual: string } | null {
  let p = 0;
  while (p < expected.length && p < actual.length && expected[p] === actual[p]) p += 1;
  if (p >= expected.length || p >= actual.length) return null;
  const e = String.fromCodePoint(expected.codePointAt(p) ?? 0x20);
  const a = String.fromCodePoint(actual.codePointAt(p) ?? 0x20);
  if (e.charCodeAt(0) > 0x7f && actual.startsWith(garble(e), p)) return { expected: e, actual: garble(e) };
  if (a.charCodeAt(0) > 0x7f && expected.startsWith(garble(a), p)) return { expected: garble(a), actual: a };
  return { expected: e, actual: a };
}

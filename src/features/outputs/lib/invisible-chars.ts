// Which characters hide or reorder text. A diff viewer must never let a
// right-to-left override (the "Trojan Source" trick) or a zero-width space
// make two different lines look identical, so these are shown as labels.

export type InvisibleKind = 'control' | 'bidi' | 'zero-width';

/** Tab, LF and CR are not classified here: they have their own markers. */
export function invisibleKind(codePoint: number): InvisibleKind | null {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return null;
  // C0, DEL and C1 controls; U+2028/2029 break lines in some renderers.
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (codePoint === 0x2028 || codePoint === 0x2029) return 'control';
  // Embeddings/overrides, isolates, and the implicit marks LRM, RLM, ALM.
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'bidi';
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) return 'bidi';
  // ZWSP/ZWNJ/ZWJ, word joiner, BOM/ZWNBSP, soft hyphen, and Unicode tag characters.
  if ((codePoint >= 0x200b && codePoint <= 0x200d) || codePoint === 0x2060 || codePoint === 0xfeff) return 'zero-width';
  if (codePoint === 0x00ad || (codePoint >= 0xe0000 && codePoint <= 0xe007f)) return 'zero-width';
  return null;
}

/** `<U+202E>`: the label shown in place of an invisible character. */
export function codePointLabel(codePoint: number): string {
  return `<U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function countInvisibleChars(text: string): number {
  let count = 0;
  for (const char of text) {
    if (invisibleKind(char.codePointAt(0) ?? 0) !== null) count += 1;
  }
  return count;
}

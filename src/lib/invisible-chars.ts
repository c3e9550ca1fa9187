// Which characters hide or reorder text. A diff viewer must never let a
// right-to-left override (the "Trojan Source" trick) or a zero-width space
// make two different lines look identical, so these are shown as labels.
// Shared by the output library (diff lines) and components/safe-text.tsx (names, branches, messages).

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

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space (BOM)',
};

/** "U+202E right-to-left override": what a hidden character is, for a tooltip. */
export function codePointName(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  if (name) return `${hex} ${name}`;
  const kind = invisibleKind(codePoint);
  return kind === 'control' ? `${hex} control character` : kind === 'zero-width' ? `${hex} invisible character` : hex;
}

export type TextSegment =
  { text: string; hidden?: undefined } | { text: string; hidden: { codePoint: number; kind: InvisibleKind | 'line-break' } };

/**
 * Splits one-line text from data (a name, a branch, a message) into plain runs and visible stand-ins for the
 * characters that hide or reorder it. Line breaks count too: in a name they only ever serve to mislead.
 */
export function visibleSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let plain = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const kind = codePoint === 0x0a || codePoint === 0x0d ? 'line-break' : invisibleKind(codePoint);
    if (kind === null) {
      plain += char;
      continue;
    }
    if (plain) segments.push({ text: plain });
    plain = '';
    segments.push({ text: codePointLabel(codePoint), hidden: { codePoint, kind } });
  }
  if (plain) segments.push({ text: plain });
  return segments;
}

/** The same as plain text, for places that take only a string (document.title, attributes, aria labels). */
export function visibleText(text: string): string {
  return visibleSegments(text)
    .map((segment) => segment.text)
    .join('');
}

/** Whether the text holds anything visibleSegments would replace. */
export function hasHiddenChars(text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint === 0x0a || codePoint === 0x0d || invisibleKind(codePoint) !== null) return true;
  }
  return false;
}

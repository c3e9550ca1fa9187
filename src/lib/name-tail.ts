// Where a long name is cut: CCExtractor names differ at their end ("….p1.svc01.srt", "…_1080i.ts"), so the
// end stays visible and the middle gives way (components/middle-truncate.tsx).

/** ".p1.svc01.srt", ".ts": the dotted suffix and extension(s), looked for only near the end. */
const SUFFIX = /(?:\.[\p{L}\p{N}_-]{1,12}){1,4}$/u;
const SEPARATOR = /[_\-.\s]/u;
const MIN_TAIL = 12;
const MAX_TAIL = 24;
/** Characters of the name before its suffix that stay visible too ("c0f5b8d8" of a stored hash). */
const BEFORE_SUFFIX = 8;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Below U+0300 (where combining marks start) every character stands alone: no segmenter needed. */
const SIMPLE = /^[\x20-\x7e\xa0-\u02ff]*$/;

/** User-perceived characters, so an accent or an emoji is never split from its base. */
function graphemes(text: string): string[] {
  // The segmenter costs ~0.5 ms a name: a list renders dozens of names, nearly all of them plain ASCII.
  if (SIMPLE.test(text)) return text.split('');
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * The end of `text` that stays visible when it is too long for its place: its suffix and a few characters before
 * it, 12 to 24 characters, starting at a separator when one is close ("_1080i.ts" rather than "en_1080i.ts").
 * Empty when the name is too short to be worth cutting in the middle.
 */
export function nameTail(text: string): string {
  // Only the end is read: names can be 10,000 characters long.
  const window = 8 * MAX_TAIL;
  const end = graphemes(text.slice(-window)).slice(-2 * MAX_TAIL);
  const whole = text.length <= window ? graphemes(text).length : Infinity;
  if (whole <= MIN_TAIL + 4) return '';
  const suffix = graphemes(SUFFIX.exec(end.join(''))?.[0] ?? '').length;
  let length = Math.min(Math.max(suffix + BEFORE_SUFFIX, MIN_TAIL), MAX_TAIL, Math.floor(whole / 2));
  const head = end.slice(-length, -length + 4);
  const separator = head.findIndex((char) => SEPARATOR.test(char));
  if (separator > 0) length -= separator;
  return end.slice(-length).join('');
}

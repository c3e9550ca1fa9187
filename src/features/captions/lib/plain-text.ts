// What a viewer of the caption reads, used to decide whether two cues "say the
// same thing": a colour tag, an entity or a re-wrapped line does not change it.
import { decodeEntities } from './decode-entities';

// HTML-like tags (<i>, <font color="#ffff00">, <c.yellow>, <v Bob>) and WebVTT
// karaoke timestamps (<00:00:01.500>). A lone "<" in text is not a tag.
const TAG = /<\/?[A-Za-z][^<>]*>|<\d{1,2}:[\d:.]+>/g;
// SSA override blocks such as {\an8} also appear in SubRip files.
const OVERRIDE = /\{\\[^{}]*\}/g;
// Invisible marks that a decoder or tool may add without changing the text.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** Collapses every run of whitespace (including newlines and no-break spaces) to one space. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function plainText(raw: string): string {
  return squashSpace(decodeEntities(raw.replace(TAG, '').replace(OVERRIDE, '')).replace(INVISIBLE, ''));
}

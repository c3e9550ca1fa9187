// How the text of two paired cues differs, mildest explanation first, so the
// verdict can say "whitespace only" or "encoding only" instead of "text changed".
import type { Cue } from './cue';
import { isMojibakeOf } from './mojibake';
import { plainText, squashSpace } from './plain-text';

export type TextChange = 'whitespace' | 'formatting' | 'encoding' | 'words';

export function textChange(expected: Cue, actual: Cue): TextChange | null {
  const sameMeta = (expected.meta ?? '') === (actual.meta ?? '');
  if (expected.text === actual.text) return sameMeta ? null : 'formatting';
  if (squashSpace(expected.text) === squashSpace(actual.text)) return sameMeta ? 'whitespace' : 'formatting';
  if (expected.plain === actual.plain) return 'formatting';
  const samePlain = (a: string, b: string): boolean => plainText(a) === plainText(b);
  // Either side may hold the mangled text (a wrong expected file happens too).
  if (isMojibakeOf(expected.text, actual.text, samePlain) || isMojibakeOf(actual.text, expected.text, samePlain)) return 'encoding';
  return 'words';
}

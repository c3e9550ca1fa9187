// The "non-UTF-8 bytes" part of the invisible differences: two outputs can
// show the same characters while their bytes differ in encoding or BOM.
import { encodingLabel, type TextContent } from './decode-content';
import { plural } from '@/lib/format-count';

type Side = Pick<TextContent, 'encoding' | 'invalidBytes'>;

function invalidNote(name: 'Expected' | 'Actual', side: Side): string | null {
  if (side.invalidBytes === 0) return null;
  // Windows-1252 decodes every byte: its invalid bytes are the ones that were not UTF-8.
  const what = side.encoding.startsWith('utf-16') ? 'not valid UTF-16' : 'not valid UTF-8';
  return `${name} has ${plural(side.invalidBytes, 'byte')} that ${side.invalidBytes === 1 ? 'is' : 'are'} ${what}`;
}

export function compareEncodings(expected: Side, actual: Side): string[] {
  const notes: string[] = [];
  if (expected.encoding !== actual.encoding) {
    notes.push(`Expected is ${encodingLabel(expected.encoding)}, actual is ${encodingLabel(actual.encoding)}`);
  }
  for (const note of [invalidNote('Expected', expected), invalidNote('Actual', actual)]) if (note) notes.push(note);
  return notes;
}

// Splits one diff line into segments a renderer can draw as-is: plain text,
// or a marker whose `text` is a visible stand-in for the invisible `original`.
// Stand-ins are plain characters, so rendering stays text-only (no HTML).
import { codePointLabel, invisibleKind, type InvisibleKind } from '@/lib/invisible-chars';

export type InvisibleMarker = 'tab' | 'trailing-space' | 'cr' | InvisibleKind;

export type VisibleSegment =
  { text: string; marker?: undefined; original?: undefined } | { text: string; marker: InvisibleMarker; original: string };

export function visibleWhitespace(line: string): VisibleSegment[] {
  const segments: VisibleSegment[] = [];
  const hasTrailingCr = line.endsWith('\r');
  const end = hasTrailingCr ? line.length - 1 : line.length;
  let trailingStart = end;
  while (trailingStart > 0 && (line[trailingStart - 1] === ' ' || line[trailingStart - 1] === '\t')) trailingStart -= 1;

  let plainStart = 0;
  const flushPlain = (upTo: number) => {
    if (upTo > plainStart) segments.push({ text: line.slice(plainStart, upTo) });
  };

  let i = 0;
  while (i < end) {
    const char = line[i] ?? '';
    const isTrailingSpace = char === ' ' && i >= trailingStart;
    if (char === '\t' || isTrailingSpace) {
      // Group a run of the same character: one segment per run, not per char.
      let runEnd = i + 1;
      while (runEnd < end && line[runEnd] === char) runEnd += 1;
      flushPlain(i);
      const n = runEnd - i;
      segments.push(
        char === '\t'
          ? { text: '→'.repeat(n), marker: 'tab', original: '\t'.repeat(n) }
          : { text: '·'.repeat(n), marker: 'trailing-space', original: ' '.repeat(n) },
      );
      i = runEnd;
      plainStart = i;
      continue;
    }
    const codePoint = line.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = invisibleKind(codePoint);
    if (kind !== null || char === '\r' || char === '\n') {
      // A CR or LF inside a line is a stray control character.
      flushPlain(i);
      segments.push({ text: codePointLabel(codePoint), marker: kind ?? 'control', original: line.slice(i, i + width) });
      plainStart = i + width;
    }
    i += width;
  }
  flushPlain(end);
  // ↵ rather than ␍: the control-picture glyph is missing from most monospace fonts.
  if (hasTrailingCr) segments.push({ text: '↵', marker: 'cr', original: '\r' });
  return segments;
}

// Which caption format a file is, or null for "not a caption file" (XML, JSON,
// plain text, DVB bitmaps…) so the viewer falls back to the line diff.
// Content decides; the extension only settles empty or header-less files.
import type { CaptionFormat } from './cue';
import { stripBom } from './split-lines';

const BY_EXTENSION: Readonly<Record<string, CaptionFormat>> = {
  srt: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
  ass: 'ass',
  ssa: 'ass',
  txt: 'transcript',
  ttxt: 'transcript',
};

const VTT_HEADER = /^WEBVTT(?:[ \t\r\n]|$)/;
const ASS_MARKER = /^\s*(?:\[(?:Script Info|Events|V4\+? Styles)\]|Dialogue:\s*(?:\d|Marked=))/im;
const TIMING_LINE = /^\s*(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?\s*-->\s*(?:\d+:)?\d{1,2}:\d{1,2}/m;
const TRANSCRIPT_LINE =
  /^(?:\d{14}(?:\.\d{1,3})?|\d{1,2}:\d{2}:\d{2}[.,]\d{1,3})\|(?:\d{14}(?:\.\d{1,3})?|\d{1,2}:\d{2}:\d{2}[.,]\d{1,3})\|[^|\r\n]*\|/m;
/** Enough of a file to recognise it; keeps detection cheap for megabyte files. */
const SNIFF_CHARS = 65_536;

export function fileExtension(filename: string): string {
  // Lists ask this of every output of a run: no split, no regular expression.
  const start = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1;
  const dot = filename.lastIndexOf('.');
  return dot <= start ? '' : filename.slice(dot + 1).toLowerCase();
}

export function formatFromExtension(filename: string): CaptionFormat | null {
  return BY_EXTENSION[fileExtension(filename)] ?? null;
}

export function detectFormat(text: string, filename = ''): CaptionFormat | null {
  const head = stripBom(text.slice(0, SNIFF_CHARS));
  const start = head.trimStart();
  const byExtension = formatFromExtension(filename);
  if (start === '') return byExtension;
  if (VTT_HEADER.test(start)) return 'vtt';
  if (ASS_MARKER.test(head)) return 'ass';
  // Markup and JSON are never captions here, whatever they contain.
  if (/^[<{[]/.test(start)) return null;
  if (TIMING_LINE.test(head)) return byExtension === 'vtt' ? 'vtt' : 'srt';
  if (TRANSCRIPT_LINE.test(head)) return 'transcript';
  return null;
}

// Captions arrive with LF, CRLF or (old tools) bare CR line ends and often a
// UTF-8 byte-order mark; parsers see plain lines so one code path serves all.
import { splitLines as splitTextLines } from '@/lib/text-lines';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The lines of a caption file, its byte-order mark dropped (line ends as in src/lib/text-lines.ts). */
export function splitLines(text: string): string[] {
  return splitTextLines(stripBom(text));
}

/** Whitespace-only lines separate blocks too: extractors sometimes pad the separator. */
export function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

// Captions arrive with LF, CRLF or (old tools) bare CR line ends and often a
// UTF-8 byte-order mark; parsers see plain lines so one code path serves all.

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

/** Whitespace-only lines separate blocks too: extractors sometimes pad the separator. */
export function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

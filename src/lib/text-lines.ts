// Line splitting that treats CRLF, LF and lone CR alike, so line-ending
// differences are reported once (as line endings) and never again as
// "trailing whitespace" or as changed line content.

const LINE_BREAK = /\r\n|\n|\r/;

/** Lines without their terminators; a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function countLines(text: string): number {
  return splitLines(text).length;
}

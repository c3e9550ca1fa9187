// Lines as the API numbers them: split on "\n" only, so a CRLF line keeps its
// "\r" (the diff shows it when the line endings differ) and line N here is
// line N in the server's hunks.

/** Lines without "\n"; a final newline does not start another line. */
export function splitFileLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** False for a non-empty file whose last line has no "\n". */
export function hasFinalNewline(text: string): boolean {
  return text === '' || text.endsWith('\n');
}

/** splitFileLines(text).length without building the lines (a 1 MiB file's facts need only the count). */
export function countFileLines(text: string): number {
  if (text === '') return 0;
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return text.endsWith('\n') ? count : count + 1;
}

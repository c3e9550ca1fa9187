// Markdown for pasting into GitHub (pull-request comments, bug reports). Names, branches and filenames are data a
// contributor controls: each is escaped or put in a code span no content can close, and newlines are flattened,
// so a hostile name cannot add links, emphasis, lines or table columns.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&-]/g;

export function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Plain text, every Markdown character escaped. */
export function escapeMarkdown(value: string): string {
  return oneLine(value).replace(MARKDOWN_SPECIAL, '\\$&');
}

/** An inline code span that no content can close early. */
export function inlineCode(value: string): string {
  const text = oneLine(value);
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A space keeps a leading or trailing backtick from touching the fence (it is stripped when rendered).
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A name in a code span, safe in a cell of a GFM table. GitHub splits a row at every `|` not escaped by a backslash,
 * before it reads code spans, where a backslash stays a backslash: a name holding `|` or `\` is written as
 * escaped text instead, which no pipe or backslash can split.
 */
export function tableCode(value: string): string {
  return /[|\\]/.test(value) ? escapeMarkdown(value) : inlineCode(value);
}

/** A link whose text is escaped and whose URL (already percent-encoded) cannot end the link or a table cell. */
export function markdownLink(text: string, url: string): string {
  const safeUrl = oneLine(url).replace(/[\s()<>|\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}

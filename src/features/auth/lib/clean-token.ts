// What was typed into "API token", made into a header value, or a message that never repeats the token.
export type CleanToken = { token: string } | { error: string };

// Printable ASCII without spaces: what an HTTP header value can carry unchanged.
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;

export function cleanToken(raw: string): CleanToken {
  // People paste the whole header value, or a token with a trailing newline.
  const token = raw.trim().replace(/^bearer\s+/i, '');
  if (!token) return { error: 'Enter your API token.' };
  if (/\s/.test(token)) return { error: 'The token cannot contain spaces or line breaks: check what was pasted.' };
  if (!TOKEN_CHARACTERS.test(token)) return { error: 'The token can only contain letters, digits and punctuation (printable ASCII).' };
  return { token };
}

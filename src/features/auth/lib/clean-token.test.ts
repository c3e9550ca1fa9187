import { describe, expect, it } from 'vitest';
import { cleanToken } from './clean-token';

describe('cleanToken', () => {
  it.each([
    ['abc123', 'abc123'],
    ['  abc123\n', 'abc123'],
    ['Bearer abc123', 'abc123'],
    ['bearer   abc.def-ghi_jkl', 'abc.def-ghi_jkl'],
  ])('accepts %j as %s', (raw, token) => {
    expect(cleanToken(raw)).toEqual({ token });
  });

  it.each([
    ['', 'Enter your API token.'],
    ['   ', 'Enter your API token.'],
    ['abc 123', 'spaces or line breaks'],
    ['abc\n123', 'spaces or line breaks'],
    ['tøken', 'printable ASCII'],
  ])('rejects %j without repeating it', (raw, message) => {
    const result = cleanToken(raw);
    expect(result).toEqual({ error: expect.stringContaining(message) });
    if ('error' in result && raw.trim()) expect(result.error).not.toContain(raw.trim());
  });
});

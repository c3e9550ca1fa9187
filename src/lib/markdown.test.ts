import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, markdownLink, tableCode } from './markdown';

describe('Markdown helpers', () => {
  it('escapes Markdown characters and flattens newlines', () => {
    expect(escapeMarkdown('[a](b) *c*\n_d_')).toBe('\\[a\\]\\(b\\) \\*c\\* \\_d\\_');
  });

  it('fences code spans longer than any backtick run', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a``b')).toBe('```a``b```');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });

  it('keeps a table cell whole: a name with a pipe or backslash is escaped text, a link cannot end early', () => {
    expect(tableCode('a|b')).toBe('a\\|b');
    expect(tableCode('plain.srt')).toBe('`plain.srt`');
    expect(markdownLink('x|y', 'https://h/a b|c)')).toBe('[x\\|y](https://h/a%20b%7Cc%29)');
  });
});

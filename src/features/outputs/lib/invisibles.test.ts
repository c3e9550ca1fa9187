import { describe, expect, it } from 'vitest';
import { compareInvisibles, describeInvisibles, visibleWhitespace } from './invisibles';

const SRT_LF = '1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n';
const SRT_CRLF = SRT_LF.replace(/\n/g, '\r\n');

describe('describeInvisibles', () => {
  it('recognises each line-ending style', () => {
    expect(describeInvisibles(SRT_LF).lineEnding).toBe('lf');
    expect(describeInvisibles(SRT_CRLF).lineEnding).toBe('crlf');
    expect(describeInvisibles('a\rb\r').lineEnding).toBe('cr');
    expect(describeInvisibles('a\r\nb\nc').lineEnding).toBe('mixed');
    expect(describeInvisibles('single line').lineEnding).toBe('none');
    expect(describeInvisibles('').lineEnding).toBe('none');
    expect(describeInvisibles('a\r\nb\rc').lineEnding).toBe('mixed');
    expect(describeInvisibles('a\n\rb').lineEnding).toBe('mixed');
  });

  it('notices a missing final newline', () => {
    expect(describeInvisibles(SRT_CRLF).finalNewline).toBe(true);
    expect(describeInvisibles('Hello\nWorld').finalNewline).toBe(false);
    expect(describeInvisibles('').finalNewline).toBe(false);
  });

  it('counts lines with trailing whitespace or tabs, not CRs', () => {
    const summary = describeInvisibles('a \r\nb\t\r\nc\r\n\td\r\n');
    expect(summary.trailingWhitespaceLines).toBe(2);
    expect(summary.tabLines).toBe(2);
    expect(describeInvisibles(SRT_CRLF).trailingWhitespaceLines).toBe(0);
  });
});

describe('compareInvisibles', () => {
  it('says nothing about identical texts', () => {
    expect(compareInvisibles(SRT_LF, SRT_LF)).toEqual([]);
  });

  it('explains CRLF versus LF without also blaming trailing whitespace', () => {
    expect(compareInvisibles(SRT_LF, SRT_CRLF)).toEqual(['Expected uses LF line endings, actual uses CRLF']);
    expect(compareInvisibles('a\r\nb\nc\n', 'a\nb\nc\n')).toEqual(['Expected uses mixed line endings, actual uses LF']);
  });

  it('notices a missing final newline on either side', () => {
    expect(compareInvisibles(SRT_LF, SRT_LF.slice(0, -1))).toEqual(['Actual has no final newline']);
    expect(compareInvisibles('a\nb', 'a\nb\n')).toEqual(['Expected has no final newline']);
    // An empty file is a content difference, not a newline one.
    expect(compareInvisibles('', 'a\n')).toEqual([]);
  });

  it('counts lines that differ only in trailing whitespace, trailing tabs included', () => {
    const actual = SRT_LF.replace('Hello\n', 'Hello\t\n').replace('World\n', 'World  \n');
    expect(compareInvisibles(SRT_LF, actual)).toEqual(['2 lines differ only in trailing whitespace']);
    expect(compareInvisibles('x\n', 'x \n')).toEqual(['1 line differs only in trailing whitespace']);
  });

  it('matches lines by content, so an inserted line does not hide the count', () => {
    expect(compareInvisibles('a\nb\nc\n', 'new\na \nb\nc \n')).toEqual(['2 lines differ only in trailing whitespace']);
  });

  it('counts lines that differ only in tabs versus spaces', () => {
    expect(compareInvisibles('col1\tcol2\n', 'col1 col2\n')).toEqual(['1 line differs only in tabs or spaces']);
  });

  it('reports hidden characters that only one side has', () => {
    expect(compareInvisibles('paypal\n', 'pay\u200Bpal\n')).toEqual([
      'Actual has 1 invisible character (control, zero-width or bidi), expected has none',
    ]);
    expect(compareInvisibles('a\u202E\u202C\n', 'a\n')).toEqual([
      'Actual has no invisible characters (control, zero-width or bidi), expected has 2',
    ]);
  });

  it('combines several notes', () => {
    const actual = SRT_CRLF.replace('Hello\r\n', 'Hello \r\n').slice(0, -2);
    expect(compareInvisibles(SRT_LF, actual)).toEqual([
      'Expected uses LF line endings, actual uses CRLF',
      'Actual has no final newline',
      '1 line differs only in trailing whitespace',
    ]);
  });

  it('re-exports visibleWhitespace for renderers', () => {
    expect(visibleWhitespace('a\t')).toEqual([{ text: 'a' }, { text: '→', marker: 'tab', original: '\t' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { plainText, squashSpace } from './plain-text';

describe('plainText', () => {
  it('strips SubRip font and italic tags and SSA overrides', () => {
    expect(plainText('<font color="#ffff00">HELLO</font>\n<i>world</i>')).toBe('HELLO world');
    expect(plainText('{\\an8}On top')).toBe('On top');
  });

  it('strips WebVTT class, voice and karaoke timestamp tags', () => {
    expect(plainText('<v Roger Bingham><c.yellow>We</c> <00:00:01.500>are</v>')).toBe('We are');
  });

  it('decodes entities after stripping tags, so an escaped tag stays text', () => {
    expect(plainText('&lt;i&gt; is a tag &amp; <b>this</b> is bold')).toBe('<i> is a tag & this is bold');
  });

  it('keeps a lone "<" and comparison text', () => {
    expect(plainText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2');
  });

  it('normalises whitespace, no-break spaces and invisible marks', () => {
    expect(plainText('  two\u00a0 spaces\t\n next&nbsp;line\u200b ')).toBe('two spaces next line');
  });
});

describe('squashSpace', () => {
  it('collapses runs and trims', () => {
    expect(squashSpace(' a \n\n b  ')).toBe('a b');
  });
});

import { describe, expect, it } from 'vitest';
import { parseSrt } from './parse-srt';

describe('parseSrt', () => {
  it('reads a CCExtractor-style file with tags, entities and trailing spaces', () => {
    const file = [
      '1',
      '00:00:02,290 --> 00:00:04,589',
      '<font color="#ffff00">HELLO &amp; WELCOME  </font>',
      '<i>to the show</i>',
      '',
      '2',
      '00:00:04,589 --> 00:00:06,000',
      'Caf&eacute; time',
      '',
    ].join('\n');
    const result = parseSrt(file);
    expect(result.format).toBe('srt');
    expect(result.badBlocks).toEqual([]);
    expect(result.cues).toEqual([
      {
        index: 1,
        id: '1',
        start: 2290,
        end: 4589,
        line: 1,
        text: '<font color="#ffff00">HELLO &amp; WELCOME  </font>\n<i>to the show</i>',
        plain: 'HELLO & WELCOME to the show',
      },
      { index: 2, id: '2', start: 4589, end: 6000, line: 6, text: 'Caf&eacute; time', plain: 'Café time' },
    ]);
  });

  it('handles CRLF, a BOM, "." milliseconds, missing and odd numbers and extra blank lines', () => {
    const file =
      '\ufeff7\r\n00:00:01.000 --> 00:00:02.000\r\nA\r\n\r\n\r\n \r\n00:00:03,000 --> 00:00:04,000\r\nB\r\n\r\n1a\r\n00:00:05,000 --> 00:00:06,000\r\nC\r\n';
    const { cues, badBlocks } = parseSrt(file);
    expect(badBlocks).toEqual([]);
    expect(cues.map((c) => [c.index, c.id, c.start, c.text, c.line])).toEqual([
      [1, '7', 1000, 'A', 1],
      [2, undefined, 3000, 'B', 7],
      [3, '1a', 5000, 'C', 10],
    ]);
  });

  it('reports a malformed block in the middle and keeps the cues around it', () => {
    const file =
      '1\n00:00:01,000 --> 00:00:02,000\nbefore\n\n2\n00:00:03,000 -> 00:00:04,000\nbroken arrow\n\n3\n00:00:05,000 --> 00:00:06,000\nafter\n';
    const { cues, badBlocks } = parseSrt(file);
    expect(cues.map((c) => c.text)).toEqual(['before', 'after']);
    expect(badBlocks).toEqual([{ line: 5, reason: 'text without a timing line' }]);
  });

  it('keeps SubRip coordinates as meta', () => {
    const { cues } = parseSrt('1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:200 Y1:10 Y2:20\nx\n');
    expect(cues[0]?.meta).toBe('X1:100 X2:200 Y1:10 Y2:20');
  });

  it('returns no cues and no bad blocks for an empty file', () => {
    expect(parseSrt('')).toEqual({ format: 'srt', cues: [], badBlocks: [] });
    expect(parseSrt('\r\n\r\n')).toEqual({ format: 'srt', cues: [], badBlocks: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { parseVtt } from './parse-vtt';

const FILE = [
  'WEBVTT - made by CCExtractor',
  'Kind: captions',
  '',
  'STYLE',
  '::cue(.yellow) { color: yellow }',
  '',
  'NOTE this block is a comment',
  'spanning two lines',
  '',
  'REGION',
  'id:fred width:40%',
  '',
  'intro',
  '00:01.000 --> 00:02.500 align:start position:10%',
  '<v Roger Bingham><c.yellow>We are</c> <i>here</i>',
  '',
  '01:00:03.000 --> 01:00:04.000',
  'Tom &amp; Jerry',
  '',
].join('\n');

describe('parseVtt', () => {
  it('skips header, STYLE, NOTE and REGION blocks and reads ids, settings and tags', () => {
    const result = parseVtt(FILE);
    expect(result.format).toBe('vtt');
    expect(result.badBlocks).toEqual([]);
    expect(result.cues).toEqual([
      {
        index: 1,
        id: 'intro',
        start: 1000,
        end: 2500,
        line: 13,
        meta: 'align:start position:10%',
        text: '<v Roger Bingham><c.yellow>We are</c> <i>here</i>',
        plain: 'We are here',
      },
      { index: 2, start: 3_603_000, end: 3_604_000, line: 17, text: 'Tom &amp; Jerry', plain: 'Tom & Jerry' },
    ]);
  });

  it('handles CRLF and a BOM', () => {
    const { cues, badBlocks } = parseVtt('\ufeffWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nA\r\n');
    expect(badBlocks).toEqual([]);
    expect(cues.map((c) => [c.start, c.end, c.text])).toEqual([[0, 1000, 'A']]);
  });

  it('reads a cue that follows the header without a blank line', () => {
    const { cues } = parseVtt('WEBVTT\n00:00.000 --> 00:01.000\nA\n');
    expect(cues.map((c) => [c.text, c.line])).toEqual([['A', 2]]);
  });

  it('reports a missing header and a malformed cue in the middle, keeping the rest', () => {
    const file = '00:00.000 --> 00:01.000\nA\n\n00:01.000 --> 00:xx.000\nB\n\n00:02.000 --> 00:03.000\nC\n';
    const { cues, badBlocks } = parseVtt(file);
    expect(cues.map((c) => c.text)).toEqual(['A', 'C']);
    expect(badBlocks).toEqual([
      { line: 1, reason: 'missing WEBVTT header' },
      { line: 4, reason: 'unreadable time in "00:01.000 --> 00:xx.000"' },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseVtt('')).toEqual({ format: 'vtt', cues: [], badBlocks: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const T0 = Date.UTC(2016, 1, 11, 3, 0, 8, 506);

describe('parseTranscript', () => {
  it('reads date-stamped lines with mode and text', () => {
    const file = '20160211030008.506|20160211030010.308|CC1|HELLO THERE\r\n20160211030010.308|20160211030011.000|CC1|A|B\r\n';
    const { cues, badBlocks } = parseTranscript(file);
    expect(badBlocks).toEqual([]);
    expect(cues).toEqual([
      { index: 1, start: T0, end: T0 + 1802, text: 'HELLO THERE', plain: 'HELLO THERE', line: 1, meta: 'CC1' },
      { index: 2, start: T0 + 1802, end: T0 + 2494, text: 'A|B', plain: 'A|B', line: 2, meta: 'CC1' },
    ]);
  });

  it('reads clock times, teletext pages and the UCLA style column, skipping header lines', () => {
    const file = [
      'TOP|20160211030008|sample.ts',
      'SRC|sample.ts',
      '00:00:01,000|00:00:02,500|891|Teletext line',
      '00:00:02,500|00:00:03,000|CC1|POP|Pop-on caption',
      'END|20160211030100|sample.ts',
    ].join('\n');
    const { cues, badBlocks } = parseTranscript(file);
    expect(badBlocks).toEqual([]);
    expect(cues.map((c) => [c.start, c.end, c.meta, c.text, c.line])).toEqual([
      [1000, 2500, '891', 'Teletext line', 3],
      [2500, 3000, 'CC1|POP', 'Pop-on caption', 4],
    ]);
  });

  it('reports malformed lines in the middle and keeps the others', () => {
    const file =
      '00:00:01,000|00:00:02,000|CC1|one\nbroken line\n00:00:0x,000|00:00:03,000|CC1|bad time\n00:00:03,000|00:00:04,000|CC1|two\n';
    const { cues, badBlocks } = parseTranscript(file);
    expect(cues.map((c) => c.text)).toEqual(['one', 'two']);
    expect(badBlocks).toEqual([
      { line: 2, reason: 'not start|end|mode|text' },
      { line: 3, reason: 'unreadable time' },
    ]);
  });
});

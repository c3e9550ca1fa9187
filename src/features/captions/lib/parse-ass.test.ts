import { describe, expect, it } from 'vitest';
import { parseAss } from './parse-ass';

const FILE = [
  '[Script Info]',
  'ScriptType: v4.00+',
  '',
  '[V4+ Styles]',
  'Format: Name, Fontname, Fontsize',
  'Style: Default,Arial,20',
  '',
  '[Events]',
  'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  'Dialogue: 0,0:00:01.00,0:00:02.50,Default,,0,0,0,,{\\i1}Hello{\\i0}, world\\Nsecond line',
  'Comment: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,not a caption',
  'Dialogue: 0,0:00:0x.00,0:00:03.00,Default,,0,0,0,,bad time',
  'Dialogue: 0,0:00:03.00',
  'Dialogue: 0,0:00:04.00,0:00:05.00,Top,,0,0,0,,Tom &amp; Jerry',
].join('\r\n');

describe('parseAss', () => {
  it('reads Dialogue lines by the Format columns and keeps commas in the text', () => {
    const { cues, format } = parseAss(FILE);
    expect(format).toBe('ass');
    expect(cues).toEqual([
      {
        index: 1,
        start: 1000,
        end: 2500,
        line: 10,
        meta: 'Default',
        text: '{\\i1}Hello{\\i0}, world\\Nsecond line',
        plain: 'Hello, world second line',
      },
      { index: 2, start: 4000, end: 5000, line: 14, meta: 'Top', text: 'Tom &amp; Jerry', plain: 'Tom & Jerry' },
    ]);
  });

  it('reports malformed Dialogue lines', () => {
    expect(parseAss(FILE).badBlocks).toEqual([
      { line: 12, reason: 'unreadable time' },
      { line: 13, reason: 'Dialogue line with too few columns' },
    ]);
  });

  it('follows an SSA v4 Format line (Marked column)', () => {
    const ssa =
      '[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: Marked=0,0:00:01.00,0:00:02.00,*Default,NTP,0000,0000,0000,!Effect,Hi';
    expect(parseAss(ssa).cues.map((c) => [c.start, c.end, c.text])).toEqual([[1000, 2000, 'Hi']]);
  });
});

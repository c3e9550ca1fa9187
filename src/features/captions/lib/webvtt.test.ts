import { describe, expect, it } from 'vitest';
import type { Cue } from './cue';
import { parseAss } from './parse-ass';
import { parseSrt } from './parse-srt';
import { parseTranscript } from './parse-transcript';
import { parseVtt } from './parse-vtt';
import { buildWebVtt, hasMediaTimes, vttTime } from './webvtt';

describe('vttTime', () => {
  it('writes hours, minutes, seconds and milliseconds; never a negative time', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(2290)).toBe('00:00:02.290');
    expect(vttTime(3_723_456)).toBe('01:02:03.456');
    expect(vttTime(100 * 3_600_000)).toBe('100:00:00.000');
    expect(vttTime(-40)).toBe('00:00:00.000');
  });
});

describe('buildWebVtt', () => {
  it('turns a SubRip file into WebVTT with each cue’s position as its identifier', () => {
    const srt = parseSrt('1\n00:00:02,290 --> 00:00:04,589\nHELLO\n\n2\n00:00:04,589 --> 00:00:06,924\nTWO LINES\nOF TEXT\n');
    expect(buildWebVtt(srt.cues, 'srt')).toBe(
      'WEBVTT\n\n1\n00:00:02.290 --> 00:00:04.589\nHELLO\n\n2\n00:00:04.589 --> 00:00:06.924\nTWO LINES\nOF TEXT\n',
    );
  });

  it('keeps <i>, <b> and <u>, drops <font> and SSA overrides, and escapes what would be markup', () => {
    const srt = parseSrt(
      [
        '1',
        '00:00:01,000 --> 00:00:02,000',
        '<font color="#ffff00">WEATHER &amp; TRAFFIC</font>',
        '{\\an8}<I>(MUSIC)</I> 3 < 4 > 2',
        '',
      ].join('\n'),
    );
    expect(buildWebVtt(srt.cues, 'srt')).toContain('\nWEATHER &amp; TRAFFIC\n<i>(MUSIC)</i> 3 &lt; 4 &gt; 2\n');
  });

  it('escapes a "-->" in text, which would read as a timing line, and keeps an escaped tag as text', () => {
    const cue: Cue = { index: 1, start: 3000, end: 4000, text: '>> AND NOW --> SPORTS &lt;b&gt; Caf&eacute;', plain: '', line: 1 };
    const vtt = buildWebVtt([cue], 'srt');
    expect(vtt).toContain('\n&gt;&gt; AND NOW --&gt; SPORTS &lt;b&gt; Café\n');
    expect(vtt.match(/-->/g)).toHaveLength(1);
  });

  it('never writes a blank line inside a cue, and keeps an empty cue as a timing line alone', () => {
    const srt = parseSrt('1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n   \n');
    const vtt = buildWebVtt(srt.cues, 'srt');
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n');
  });

  it('orders cues by start and keeps overlapping cues overlapping', () => {
    const srt = parseSrt(
      '1\n00:00:05,000 --> 00:00:08,000\nLATER\n\n2\n00:00:01,000 --> 00:00:06,000\nEARLIER, OVERLAPPING\n\n3\n00:00:01,000 --> 00:00:02,000\nSAME START\n',
    );
    const vtt = buildWebVtt(srt.cues, 'srt');
    const order = [...vtt.matchAll(/^(\d+)\n(\S+) --> (\S+)$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(order).toEqual([
      ['2', '00:00:01.000', '00:00:06.000'],
      ['3', '00:00:01.000', '00:00:02.000'],
      ['1', '00:00:05.000', '00:00:08.000'],
    ]);
  });

  it('gives a cue that ends before it starts 1 ms, so the browser keeps it', () => {
    const srt = parseSrt('1\n00:00:04,000 --> 00:00:03,000\nBACKWARDS\n\n2\n00:00:05,000 --> 00:00:05,000\nZERO\n');
    const vtt = buildWebVtt(srt.cues, 'srt');
    expect(vtt).toContain('00:00:04.000 --> 00:00:04.001\nBACKWARDS');
    expect(vtt).toContain('00:00:05.000 --> 00:00:05.001\nZERO');
  });

  it('keeps a WebVTT file’s cue settings and its own markup rules', () => {
    const vtt = parseVtt('WEBVTT\n\nintro\n00:01.000 --> 00:02.500 align:start line:0\n<v Bob>Hi <c.yellow>there</c></v>\n');
    expect(buildWebVtt(vtt.cues, 'vtt')).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500 align:start line:0\nHi there\n');
  });

  it('reads SSA/ASS line breaks and hard spaces, without override blocks', () => {
    const ass = parseAss(
      '[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.50,Default,,0,0,0,,{\\i1}ONE{\\i0}\\NTWO\\hTHREE\n',
    );
    expect(buildWebVtt(ass.cues, 'ass')).toBe('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nONE\nTWO\u00a0THREE\n');
  });

  it('keeps characters beyond ASCII, right-to-left text and emoji as they are', () => {
    const srt = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nGRÖSSE — שלום 👋 &#x1F600;\n');
    expect(buildWebVtt(srt.cues, 'srt')).toContain('\nGRÖSSE — שלום 👋 😀\n');
  });
});

describe('hasMediaTimes', () => {
  it('is false for a timed transcript’s clock times since the Unix epoch', () => {
    const transcript = parseTranscript('20160211030008.506|20160211030010.506|CC1|HELLO\n');
    expect(hasMediaTimes(transcript.cues)).toBe(false);
    expect(hasMediaTimes(parseSrt('1\n00:00:01,000 --> 00:00:02,000\nA\n').cues)).toBe(true);
  });
});

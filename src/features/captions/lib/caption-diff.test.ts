import { describe, expect, it } from 'vitest';
import { BASE_CUES } from '@/testing/captions/caption-fixtures';
import { writeSrt, writeVtt, type FixtureCue } from '@/testing/captions/write-captions';
import { captionDiff } from './caption-diff';

const SRT = writeSrt(BASE_CUES);

describe('captionDiff', () => {
  it('returns the verdict, its words, aligned rows and both parse results', () => {
    const actual = writeSrt(BASE_CUES.map(([s, e, t]): FixtureCue => [s + 33, e + 33, t]));
    const diff = captionDiff(SRT, actual, 'abc123_1.srt');
    expect(diff.verdict).toMatchObject({ kind: 'timing_shift', offsetMs: 33, expectedCues: 12, actualCues: 12 });
    expect(diff.sentence).toBe('All 12 cues match but are 33 ms late');
    expect(diff.label).toBe('timing shift +33 ms');
    expect(diff.rows).toHaveLength(12);
    expect(diff.rows[0]).toMatchObject({ kind: 'timing', startDeltaMs: 33, endDeltaMs: 33 });
    expect(diff.rows[0]?.expected[0]).toMatchObject({ index: 1, line: 1, start: 2290 });
    expect(diff.expected?.format).toBe('srt');
    expect(diff.actual?.cues).toHaveLength(12);
  });

  it('compares SubRip against WebVTT cue by cue', () => {
    const diff = captionDiff(SRT, writeVtt(BASE_CUES), 'out.srt');
    expect(diff.actual?.format).toBe('vtt');
    expect(diff.verdict).toMatchObject({ kind: 'identical', outside: true });
  });

  it('treats an empty expected file as captions when the actual one is', () => {
    const diff = captionDiff('', SRT, 'sample');
    expect(diff.verdict).toMatchObject({ kind: 'extra_cues', extra: 12 });
    expect(diff.sentence).toBe('12 extra cues: the expected file has no cues');
  });

  it('gives no rows or parse results for files that are not captions', () => {
    const diff = captionDiff('<xml/>', '<xml a="1"/>', 'x.xml');
    expect(diff).toEqual({
      verdict: { kind: 'not_captions', side: 'expected', expectedCues: 0, actualCues: 0, badBlocks: { expected: 0, actual: 0 } },
      sentence: 'Not a caption file',
      label: 'not captions',
      rows: [],
      expected: null,
      actual: null,
    });
  });

  it('never throws on hostile input', () => {
    const junk = ['-->', '1\n-->\n\n', '\u0000\ufffd', 'WEBVTT\n\nNOTE\n-->', `${SRT}\n99\n99:99:99,999 --> x\n`];
    for (const text of junk) expect(() => captionDiff(SRT, text, 'x.srt')).not.toThrow();
    expect(captionDiff(SRT, `${SRT}\n99\n99:99:99,999 --> x\n`, 'x.srt').sentence).toBe(
      'All 12 cues match; 1 block of the actual file could not be parsed',
    );
  });

  it('is a pure function of its inputs', () => {
    const actual = SRT.replace('THANKS.', 'THANK YOU.');
    expect(captionDiff(SRT, actual, 'x.srt')).toEqual(captionDiff(SRT, actual, 'x.srt'));
    expect(JSON.parse(JSON.stringify(captionDiff(SRT, actual, 'x.srt')))).toEqual(captionDiff(SRT, actual, 'x.srt'));
  });
});

import { describe, expect, it } from 'vitest';
import { parseCaptions } from './parse-captions';

describe('parseCaptions', () => {
  it('dispatches to the parser of the format', () => {
    expect(parseCaptions('1\n00:00:01,000 --> 00:00:02,000\nHi\n', 'srt').cues[0]?.plain).toBe('Hi');
    expect(parseCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n', 'vtt').cues[0]?.start).toBe(1000);
    expect(parseCaptions('00:00:01,000|00:00:02,000|CC1|Hi\n', 'transcript').cues[0]?.meta).toBe('CC1');
    expect(parseCaptions('Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi', 'ass').format).toBe('ass');
  });
});

import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension } from './detect-format';

const SRT = '1\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n';

describe('detectFormat', () => {
  it('recognises each format by content, whatever the name', () => {
    expect(detectFormat(SRT, 'a1b2.srt')).toBe('srt');
    expect(detectFormat(`\ufeff${SRT}`, '')).toBe('srt');
    expect(detectFormat('\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nHi', 'x.srt')).toBe('vtt');
    expect(detectFormat('[Script Info]\nTitle: x\n', 'x.txt')).toBe('ass');
    expect(detectFormat('20160211030008.506|20160211030010.308|CC1|HELLO\n', 'x.txt')).toBe('transcript');
    expect(detectFormat('00:00:01,000|00:00:02,000|891|Teletext\n', '')).toBe('transcript');
  });

  it('treats a header-less .vtt with WebVTT timings as WebVTT', () => {
    expect(detectFormat('00:01.000 --> 00:02.000\nHi', 'out.vtt')).toBe('vtt');
  });

  it('returns null for XML, JSON and plain text, even with a caption extension', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<tt><p begin="00:00:01,000 --> 00:00:02,000"/></tt>', 'x.srt')).toBeNull();
    expect(detectFormat('{"captions": []}', 'x.srt')).toBeNull();
    expect(detectFormat('[{"start": 1}]', 'x.json')).toBeNull();
    expect(detectFormat('HELLO WORLD\nNO TIMES HERE\n', 'x.txt')).toBeNull();
  });

  it('falls back to the extension for an empty file', () => {
    expect(detectFormat('', 'abc_1.srt')).toBe('srt');
    expect(detectFormat('\r\n', 'abc.SSA')).toBe('ass');
    expect(detectFormat('', 'abc.xml')).toBeNull();
    expect(detectFormat('', '')).toBeNull();
  });
});

describe('fileExtension', () => {
  it('takes the last extension of the base name only', () => {
    expect(fileExtension('dir.v2/abc.p1.svc01.srt')).toBe('srt');
    expect(fileExtension('.hidden')).toBe('');
    expect(fileExtension('noext')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { httpUrl, safeDownloadName } from './download-name';

describe('safeDownloadName', () => {
  it('keeps an ordinary name', () => {
    expect(safeDownloadName('abc.p1.svc01.srt', 'x')).toBe('abc.p1.svc01.srt');
  });

  it('drops path parts and control characters', () => {
    expect(safeDownloadName('../../etc/pass\nwd', 'x')).toBe('passwd');
    expect(safeDownloadName('..', 'fallback.txt')).toBe('fallback.txt');
  });
});

describe('httpUrl', () => {
  it('accepts http and https only', () => {
    expect(httpUrl('https://storage.example/file?sig=1')).toBe('https://storage.example/file?sig=1');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});

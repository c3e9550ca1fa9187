import { describe, expect, it } from 'vitest';
import { parseClock, parseDateStamp } from './timestamp';

describe('parseClock', () => {
  it('reads SubRip and WebVTT times with either millisecond separator', () => {
    expect(parseClock('00:00:02,290')).toBe(2290);
    expect(parseClock('01:02:03.004')).toBe(3_723_004);
  });

  it('reads WebVTT times without hours and long hours', () => {
    expect(parseClock('02:03.500')).toBe(123_500);
    expect(parseClock('100:00:00.000')).toBe(360_000_000);
  });

  it('reads fractions as decimals (ASS centiseconds, short SubRip fractions)', () => {
    expect(parseClock('0:00:02.29')).toBe(2290);
    expect(parseClock('00:00:01,5')).toBe(1500);
    expect(parseClock('00:00:01')).toBe(1000);
  });

  it('rejects out-of-range fields and junk', () => {
    expect(parseClock('00:75:00,000')).toBeNull();
    expect(parseClock('00:00:61,000')).toBeNull();
    expect(parseClock('00:00:01,0000')).toBeNull();
    expect(parseClock('garbage')).toBeNull();
  });
});

describe('parseDateStamp', () => {
  it('reads CCExtractor transcript stamps as UTC', () => {
    expect(parseDateStamp('20160211030008.506')).toBe(Date.UTC(2016, 1, 11, 3, 0, 8, 506));
    expect(parseDateStamp('20160211030008')).toBe(Date.UTC(2016, 1, 11, 3, 0, 8));
  });

  it('rejects impossible dates', () => {
    expect(parseDateStamp('20161311030008.506')).toBeNull();
    expect(parseDateStamp('2016021103000.506')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, plural, signedMs } from './format-number';

describe('format-number', () => {
  it('groups thousands', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(412)).toBe('412');
  });

  it('pluralises', () => {
    expect(plural(1, 'cue')).toBe('1 cue');
    expect(plural(10_000, 'cue')).toBe('10,000 cues');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('signs milliseconds', () => {
    expect(signedMs(33)).toBe('+33 ms');
    expect(signedMs(-1200)).toBe('-1,200 ms');
    expect(signedMs(0)).toBe('0 ms');
  });
});

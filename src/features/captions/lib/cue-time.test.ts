import { describe, expect, it } from 'vitest';
import { describeDelta, formatCueTime, formatDelta } from './cue-time';

describe('cue times', () => {
  it('formats clock times and a transcript’s time of day', () => {
    expect(formatCueTime(2290)).toBe('00:00:02.290');
    expect(formatCueTime(3_723_004)).toBe('01:02:03.004');
    expect(formatCueTime(Date.UTC(2016, 1, 11, 3, 0, 8, 506))).toBe('03:00:08.506');
  });

  it('shows one delta for a shift and two when start and end differ, in words for screen readers', () => {
    expect(formatDelta(33, 33)).toBe('+33 ms');
    expect(formatDelta(500, 0)).toBe('+500 ms / 0 ms');
    expect(describeDelta(-40, -40)).toBe('40 ms early');
    expect(describeDelta(500, 0)).toBe('start 500 ms late, end on time');
  });
});

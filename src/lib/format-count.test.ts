import { describe, expect, it } from 'vitest';
import { formatNumber, plural } from '@/lib/format-count';

describe('format-count', () => {
  it('groups thousands with commas', () => {
    expect(formatNumber(1204)).toBe('1,204');
    expect(formatNumber(1_000_000)).toBe('1,000,000');
    expect(formatNumber(7)).toBe('7');
  });

  it('picks singular or plural', () => {
    expect(plural(1, 'line')).toBe('1 line');
    expect(plural(0, 'line')).toBe('0 lines');
    expect(plural(12, 'line')).toBe('12 lines');
    expect(plural(2, 'hunk was', 'hunks were')).toBe('2 hunks were');
  });
});

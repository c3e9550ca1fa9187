import { describe, expect, it } from 'vitest';
import { formatLineAnchor, parseLineAnchor, type LineAnchor } from './line-anchor';

describe('parseLineAnchor', () => {
  it('parses expected, actual and cue anchors', () => {
    expect(parseLineAnchor('#L12')).toEqual({ side: 'expected', line: 12 });
    expect(parseLineAnchor('#R12')).toEqual({ side: 'actual', line: 12 });
    expect(parseLineAnchor('#C12')).toEqual({ side: 'cue', index: 12 });
    expect(parseLineAnchor('L7')).toEqual({ side: 'expected', line: 7 }); // location.hash without '#'
  });

  it('accepts the largest allowed number and nothing above it', () => {
    expect(parseLineAnchor('#L10000000')).toEqual({ side: 'expected', line: 10_000_000 });
    expect(parseLineAnchor('#L10000001')).toBeNull();
    expect(parseLineAnchor('#R99999999999999999999')).toBeNull();
  });

  it('rejects everything else', () => {
    for (const bad of [
      '',
      '#',
      '#L',
      '#L0',
      '#L-1',
      '#Lx',
      '#L12abc',
      '#L1.5',
      '#L012',
      '#l12',
      '#X12',
      '#L 12',
      ' #L12',
      '#L1e3',
      '##L1',
    ]) {
      expect(parseLineAnchor(bad), bad).toBeNull();
    }
    expect(parseLineAnchor(null)).toBeNull();
    expect(parseLineAnchor(undefined)).toBeNull();
  });
});

describe('formatLineAnchor', () => {
  it('formats each side', () => {
    expect(formatLineAnchor({ side: 'expected', line: 12 })).toBe('#L12');
    expect(formatLineAnchor({ side: 'actual', line: 3 })).toBe('#R3');
    expect(formatLineAnchor({ side: 'cue', index: 40 })).toBe('#C40');
  });

  it('round-trips through parseLineAnchor', () => {
    const anchors: LineAnchor[] = [
      { side: 'expected', line: 1 },
      { side: 'actual', line: 10_000_000 },
      { side: 'cue', index: 5 },
    ];
    for (const anchor of anchors) expect(parseLineAnchor(formatLineAnchor(anchor))).toEqual(anchor);
  });

  it('refuses numbers that could not be parsed back', () => {
    expect(() => formatLineAnchor({ side: 'expected', line: 0 })).toThrow(RangeError);
    expect(() => formatLineAnchor({ side: 'actual', line: 2.5 })).toThrow(RangeError);
    expect(() => formatLineAnchor({ side: 'cue', index: 10_000_001 })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { compareEncodings } from './compare-encodings';

describe('compareEncodings', () => {
  it('says nothing when both sides are clean UTF-8', () => {
    expect(compareEncodings({ encoding: 'utf-8', invalidBytes: 0 }, { encoding: 'utf-8', invalidBytes: 0 })).toEqual([]);
  });

  it('names a changed encoding and the bytes that forced the fallback', () => {
    expect(compareEncodings({ encoding: 'utf-8', invalidBytes: 0 }, { encoding: 'windows-1252', invalidBytes: 2 })).toEqual([
      'Expected is UTF-8, actual is Windows-1252',
      'Actual has 2 bytes that are not valid UTF-8',
    ]);
  });

  it('notices a BOM that only one side has', () => {
    expect(compareEncodings({ encoding: 'utf-8-bom', invalidBytes: 0 }, { encoding: 'utf-8', invalidBytes: 0 })).toEqual([
      'Expected is UTF-8 with BOM, actual is UTF-8',
    ]);
  });

  it('reports invalid bytes in a declared encoding', () => {
    expect(compareEncodings({ encoding: 'utf-16le', invalidBytes: 1 }, { encoding: 'utf-16le', invalidBytes: 0 })).toEqual([
      'Expected has 1 byte that is not valid UTF-16',
    ]);
  });
});

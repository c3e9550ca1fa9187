import { describe, expect, it } from 'vitest';
import { splitBlocks } from './split-blocks';

describe('splitBlocks', () => {
  it('groups lines between blank lines, with 1-based line numbers', () => {
    const blocks = splitBlocks(['', 'a', 'b', '', '  ', 'c', '']);
    expect(blocks).toEqual([
      [
        { text: 'a', line: 2 },
        { text: 'b', line: 3 },
      ],
      [{ text: 'c', line: 6 }],
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(splitBlocks([''])).toEqual([]);
  });
});

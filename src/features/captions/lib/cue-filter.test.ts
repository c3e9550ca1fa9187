import { describe, expect, it } from 'vitest';
import type { AlignedRow, RowKind } from './aligned-row';
import { parseCueSearch, rowMatches } from './cue-filter';

const row = (kind: RowKind): AlignedRow => ({ kind, expected: [], actual: [] });

describe('cue filters', () => {
  it('reads ?only=text|timing and ignores anything else', () => {
    expect(parseCueSearch({ only: 'text' })).toEqual({ only: 'text' });
    expect(parseCueSearch({ only: 'timing' })).toEqual({ only: 'timing' });
    expect(parseCueSearch({ only: 'words' })).toEqual({ only: undefined });
    expect(parseCueSearch({})).toEqual({ only: undefined });
  });

  it('keeps text rows (including lost, added, split and merged cues) or timing rows', () => {
    const kinds: RowKind[] = ['same', 'timing', 'text', 'both', 'missing', 'extra', 'split', 'merged'];
    expect(kinds.filter((k) => rowMatches(row(k), 'text'))).toEqual(['text', 'both', 'missing', 'extra', 'split', 'merged']);
    expect(kinds.filter((k) => rowMatches(row(k), 'timing'))).toEqual(['timing', 'both']);
    expect(kinds.filter((k) => rowMatches(row(k), undefined))).toEqual(kinds);
  });
});

import { describe, expect, it } from 'vitest';
import type { AlignedRow, RowKind } from './aligned-row';
import { readCueSearch, rowMatches, validateCueSearch } from './cue-filter';

const row = (kind: RowKind): AlignedRow => ({ kind, expected: [], actual: [] });

describe('cue filters', () => {
  it('reads ?only=text|timing and names anything else as ignored', () => {
    const read = (raw: Record<string, unknown>) => readCueSearch(validateCueSearch(raw));
    expect(read({ only: 'text' })).toEqual({ only: 'text', ignored: [] });
    expect(read({ only: 'timing' })).toEqual({ only: 'timing', ignored: [] });
    expect(read({ only: 'words' })).toEqual({ only: undefined, ignored: [{ name: 'only', value: 'words' }] });
    expect(read({})).toEqual({ only: undefined, ignored: [] });
  });

  it('keeps text rows (including lost, added, split and merged cues) or timing rows', () => {
    const kinds: RowKind[] = ['same', 'timing', 'text', 'both', 'missing', 'extra', 'split', 'merged'];
    expect(kinds.filter((k) => rowMatches(row(k), 'text'))).toEqual(['text', 'both', 'missing', 'extra', 'split', 'merged']);
    expect(kinds.filter((k) => rowMatches(row(k), 'timing'))).toEqual(['timing', 'both']);
    expect(kinds.filter((k) => rowMatches(row(k), undefined))).toEqual(kinds);
  });
});

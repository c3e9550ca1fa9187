import { describe, expect, it } from 'vitest';
import { diffCompleteness } from './diff-completeness';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';

const smallHunk = (at: number) => hunk([context('1', at, at), removed('00:00:01,000', at + 1), added('00:00:01,001', at + 1)]);

describe('diffCompleteness', () => {
  it('accepts a diff whose hunks match its summary', () => {
    expect(diffCompleteness(diffOf([smallHunk(1), smallHunk(40)]))).toEqual({
      complete: true,
      reasons: [],
      shownAdded: 2,
      shownRemoved: 2,
    });
  });

  it('accepts an identical diff', () => {
    expect(diffCompleteness(diffOf([])).complete).toBe(true);
  });

  it('detects the 500-hunk cap and the missing lines', () => {
    const hunks = Array.from({ length: 500 }, (_, i) => smallHunk(i * 10 + 1));
    const result = diffCompleteness(diffOf(hunks, { changed_hunks: 1204, added_lines: 1204, removed_lines: 1204 }));
    expect(result.complete).toBe(false);
    expect(result.reasons).toEqual(['The server showed 500 of 1,204 hunks', 'The server showed 1,000 of 2,408 changed lines']);
    expect(result.shownAdded).toBe(500);
  });

  it('detects a hunk cut at 500 lines', () => {
    const lines = Array.from({ length: 500 }, (_, i) => removed(`line ${i}`, i + 1));
    const result = diffCompleteness(diffOf([hunk(lines)], { removed_lines: 730 }));
    expect(result.reasons).toEqual(['The server showed 500 of 730 changed lines', "A hunk stops at 500 lines, the server's limit"]);
  });

  it('flags a hunk of exactly 500 lines even when the counts agree', () => {
    const lines = Array.from({ length: 500 }, (_, i) => added(`line ${i}`, i + 1));
    const result = diffCompleteness(diffOf([hunk(lines), hunk(lines)]));
    expect(result.complete).toBe(false);
    expect(result.reasons).toEqual(["2 hunks stop at 500 lines, the server's limit"]);
  });

  it('detects lines cut at 1,000 characters, counting code points', () => {
    const cut = diffOf([hunk([removed('x'.repeat(1000), 1), added('y', 1)])]);
    expect(diffCompleteness(cut).reasons).toEqual(['Some lines are cut at 1,000 characters']);
    // 999 code points, 1,000 UTF-16 units: not cut.
    const emoji = diffOf([hunk([removed('x'.repeat(997) + '🎬', 1)])]);
    expect(diffCompleteness(emoji).complete).toBe(true);
    expect(diffCompleteness(diffOf([hunk([removed('x'.repeat(999), 1)])])).complete).toBe(true);
  });
});

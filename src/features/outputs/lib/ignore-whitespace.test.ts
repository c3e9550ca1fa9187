import { describe, expect, it } from 'vitest';
import { added, context, diffOf, hunk, removed } from './diff-fixtures';
import { ignoreTrailingWhitespace, withoutTrailingWhitespace } from './ignore-whitespace';

describe('withoutTrailingWhitespace', () => {
  it('drops spaces, tabs and CRs at the end only', () => {
    expect(withoutTrailingWhitespace('  42 \t\r')).toBe('  42');
    expect(withoutTrailingWhitespace('a\tb')).toBe('a\tb');
  });
});

describe('ignoreTrailingWhitespace', () => {
  it('makes a CRLF-only change unchanged and drops the hunk, calling the diff whitespace-only', () => {
    const diff = diffOf([
      hunk([context('1', 1, 1), removed('00:00:01,000', 2), removed('HELLO', 3), added('00:00:01,000\r', 2), added('HELLO\r', 3)]),
    ]);
    const result = ignoreTrailingWhitespace(diff);
    expect(result.whitespaceOnly).toBe(true);
    expect(result.folded).toBe(2);
    expect(result.diff.hunks).toEqual([]);
    expect(result.diff.summary).toEqual({ added_lines: 0, removed_lines: 0, changed_hunks: 0 });
  });

  it('keeps real changes, in order, with whitespace-only neighbours folded to unchanged lines', () => {
    const diff = diffOf([
      hunk([removed('A', 10), removed('B', 11), removed('C', 12), added('A  ', 20), added('b', 21), added('C\t', 22), added('D', 23)]),
      hunk([removed('X ', 40), added('X', 51)]),
    ]);
    const result = ignoreTrailingWhitespace(diff);
    expect(result.whitespaceOnly).toBe(false);
    expect(result.folded).toBe(3);
    expect(result.diff.hunks).toHaveLength(1);
    expect(result.diff.hunks[0]?.lines).toEqual([
      context('A', 10, 20),
      removed('B', 11),
      added('b', 21),
      context('C', 12, 22),
      added('D', 23),
    ]);
    expect(result.diff.summary).toEqual({ added_lines: 2, removed_lines: 1, changed_hunks: 1 });
  });

  it('leaves a diff without whitespace changes as it was', () => {
    const diff = diffOf([hunk([removed('old', 3), added('new', 3)])]);
    const result = ignoreTrailingWhitespace(diff);
    expect(result.folded).toBe(0);
    expect(result.diff.hunks).toEqual(diff.hunks);
    expect(result.whitespaceOnly).toBe(false);
  });
});

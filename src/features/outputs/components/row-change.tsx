/** The viewer's DiffType values (not exported by react-diff-viewer-continued). */
export const DIFF_TYPE = { unchanged: 0, added: 1, removed: 2, changed: 3 } as const;

const WORDS: Record<number, string> = { 0: 'unchanged', 1: 'added', 2: 'removed', 3: 'changed' };

/**
 * What happened to a diff row, in words for screen readers (sighted users see colour and +/−), read after the line
 * number: "Expected line 12, removed". Hidden from view and from selection (the gutter is not selectable).
 */
export function RowChange({ type }: { type: number }) {
  return <span className="sr-only">{`, ${WORDS[type] ?? WORDS[0]}`}</span>;
}

/** What happened to one side of a diff row (lib/diff-rows.ts `changeOf`). */
export type RowChangeKind = 'unchanged' | 'removed' | 'added';

/**
 * What happened to a diff row, in words for screen readers (sighted users see colour and +/−), read after the line
 * number: "Expected line 12, removed". Hidden from view and from selection (the gutter is not selectable).
 */
export function RowChange({ change }: { change: RowChangeKind }) {
  return <span className="sr-only">{`, ${change}`}</span>;
}

// The diff's rows on screen, split or unified: a table drawn straight from the row model (lib/diff-rows.ts), with
// each file's own line numbers, word-level highlights and invisible-character marks.
//
// Not react-diff-viewer-continued: its public API cannot draw rows it did not compute. It takes two strings and
// diffs them again itself (always a line diff, whatever `compareMethod` says, which only picks the word diff),
// numbers both sides from one `linesOffset` (the two files' numbers differ), names rows and gives them ids only
// through `renderGutter`, given its own numbers, and computes and inserts its styles once per instance (65–75 ms
// for the first screen of a large diff, avoidable only by patching a private field). Drawing the rows ourselves
// is less code than mapping all of that back; see docs/architecture.md, "The diff's rows".
import './hunk-viewer.css';
import { memo, useMemo, type MouseEvent } from 'react';
import { changeOf, sideOf, type DiffRow, type DiffSide, type DisplayText, type LineTarget, type RowSide } from '../lib/diff-rows';
import { lineId } from '../lib/line-anchor';
import { wordParts, type WordPart } from '../lib/word-diff';
import { LineContent } from './line-content';
import { LineNumberLink } from './line-number-link';
import { RowChange, type RowChangeKind } from './row-change';

type Props = {
  /** One window of a hunk (at most a few hundred rows), or revealed unchanged lines. */
  rows: readonly DiffRow[];
  split: boolean;
  displayText: DisplayText;
  /** The linked or found line, when it is in these rows. */
  target: LineTarget | null;
};

/** What a row shows of each side: its display text and, for a changed row, its word parts. */
type Shown = { left?: string; right?: string; leftWords?: WordPart[]; rightWords?: WordPart[] };

function shownOf(row: DiffRow, displayText: DisplayText): Shown {
  const left = row.left && displayText(row.left.text, 'expected', row.left.line);
  const right = row.right && displayText(row.right.text, 'actual', row.right.line);
  if (row.kind !== 'changed' || left === undefined || right === undefined) return { left, right };
  const words = wordParts(left, right);
  return { left, right, leftWords: words?.left, rightWords: words?.right };
}

const CHANGE_CLASS: Record<RowChangeKind, string> = { unchanged: '', removed: ' diff-removed', added: ' diff-added' };
const MARKER: Record<RowChangeKind, string> = { unchanged: '', removed: '-', added: '+' };
const CONTENT_CLASS: Record<DiffSide, string> = { expected: 'left', actual: 'right' };

/** Selecting text in the split view takes one side only: the other side's cells stop being selectable meanwhile. */
function selectOneSide(event: MouseEvent<HTMLTableElement>) {
  const cell = (event.target as Element).closest('td.left, td.right');
  const list = event.currentTarget.closest<HTMLElement>('.hunk-list') ?? event.currentTarget.parentElement;
  if (cell && list) list.dataset.select = cell.classList.contains('left') ? 'left' : 'right';
}

/** One side of a split row: line number, +/− and text, or blanks when the row has nothing on this side. */
function SideCells({ side, cell, change, text, words, targeted }: SideProps) {
  if (!cell) {
    return (
      <>
        <td className="gutter gutter--empty" />
        <td className="marker empty-line" />
        <td className={`content ${CONTENT_CLASS[side]} empty-line`} />
      </>
    );
  }
  const classes = `${CHANGE_CLASS[change]}${targeted ? ' is-target' : ''}`;
  return (
    <>
      {/* The line number heads its row: each side's cells are read with it. */}
      <th scope="row" id={lineId(side, cell.line)} className={`gutter${classes}`}>
        <LineNumberLink side={side} line={cell.line} />
        <RowChange change={change} />
      </th>
      <td className={`marker${classes}`} aria-hidden="true">
        {MARKER[change]}
      </td>
      <td className={`content ${CONTENT_CLASS[side]}${classes}`}>
        <LineContent text={text ?? ''} words={words} change={change === 'removed' ? 'removed' : 'added'} />
      </td>
    </>
  );
}

type SideProps = {
  side: DiffSide;
  cell: RowSide | undefined;
  change: RowChangeKind;
  text: string | undefined;
  words: WordPart[] | undefined;
  targeted: boolean;
};

/** One line of the unified view: both line numbers in one gutter (blank where the line is not in that file). */
function UnifiedRow({ row, side, shown, target }: { row: DiffRow; side: DiffSide; shown: Shown; target: LineTarget | null }) {
  const change = changeOf(row, side);
  const both = row.kind === 'context';
  const left = both || side === 'expected' ? row.left : undefined;
  const right = both || side === 'actual' ? row.right : undefined;
  const isTarget = (s: DiffSide, cell: RowSide | undefined) => !!cell && target?.side === s && target.line === cell.line;
  const targeted = isTarget('expected', left) || isTarget('actual', right);
  const classes = `${CHANGE_CLASS[change]}${targeted ? ' is-target' : ''}`;
  const number = (s: DiffSide, cell: RowSide | undefined) => (
    <span className={`gutter__cell${isTarget(s, cell) ? ' is-target' : ''}`} id={cell ? lineId(s, cell.line) : undefined}>
      {cell && <LineNumberLink side={s} line={cell.line} />}
    </span>
  );
  const text = side === 'expected' ? shown.left : shown.right;
  return (
    <tr className={`diff-row diff-row--${row.kind}`}>
      <th scope="row" className={`gutter gutter--pair${classes}`}>
        {number('expected', left)}
        {number('actual', right)}
        <RowChange change={change} />
      </th>
      <td className={`marker${classes}`} aria-hidden="true">
        {MARKER[change]}
      </td>
      <td className={`content ${CONTENT_CLASS[side]}${classes}`}>
        <LineContent
          text={text ?? ''}
          words={side === 'expected' ? shown.leftWords : shown.rightWords}
          change={change === 'removed' ? 'removed' : 'added'}
        />
      </td>
    </tr>
  );
}

const rowKey = (row: DiffRow) => `${row.left?.line ?? ''}:${row.right?.line ?? ''}`;

/** One window of rows (a hunk, part of a long one, or revealed unchanged lines), split or unified. */
export const HunkViewer = memo(function HunkViewer({ rows, split, displayText, target }: Props) {
  const shown = useMemo(() => rows.map((row) => shownOf(row, displayText)), [rows, displayText]);
  const targeted = (row: DiffRow, side: DiffSide) => target?.side === side && sideOf(row, side)?.line === target.line;

  return (
    <div className={`hunk-viewer hunk-viewer--${split ? 'split' : 'unified'}`}>
      <table className="diff-table" onMouseDown={split ? selectOneSide : undefined}>
        <colgroup>
          <col className="diff-table__gutter" />
          <col className="diff-table__marker" />
          <col />
          {split && (
            <>
              <col className="diff-table__gutter" />
              <col className="diff-table__marker" />
              <col />
            </>
          )}
        </colgroup>
        <tbody>
          {rows.map((row, i) => {
            const s = shown[i] ?? {};
            if (split) {
              return (
                <tr key={rowKey(row)} className={`diff-row diff-row--${row.kind}`}>
                  <SideCells
                    side="expected"
                    cell={row.left}
                    change={changeOf(row, 'expected')}
                    text={s.left}
                    words={s.leftWords}
                    targeted={targeted(row, 'expected')}
                  />
                  <SideCells
                    side="actual"
                    cell={row.right}
                    change={changeOf(row, 'actual')}
                    text={s.right}
                    words={s.rightWords}
                    targeted={targeted(row, 'actual')}
                  />
                </tr>
              );
            }
            if (row.kind !== 'changed') {
              return (
                <UnifiedRow key={rowKey(row)} row={row} side={row.kind === 'added' ? 'actual' : 'expected'} shown={s} target={target} />
              );
            }
            // A changed line in the unified view: the removed line, then the added line that replaced it.
            return [
              <UnifiedRow key={`${rowKey(row)}-`} row={row} side="expected" shown={s} target={target} />,
              <UnifiedRow key={`${rowKey(row)}+`} row={row} side="actual" shown={s} target={target} />,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
});

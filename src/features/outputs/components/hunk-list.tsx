import './hunk-list.css';
import { useCallback, useMemo, useState } from 'react';
import { useFocusLater } from '@/hooks/use-focus-later';
import { useScrollToId } from '../hooks/use-scroll-to-id';
import { diffBlocks, rangeAround, type Gap, type LineLocation } from '../lib/diff-blocks';
import { diffItems, findableLines, foldedLines, itemIndexOf, windowHas, type DiffItem } from '../lib/diff-items';
import type { DiffModel, DisplayText, LineRange, LineTarget } from '../lib/diff-rows';
import { lineId } from '../lib/line-anchor';
import { DiffFind } from './diff-find';
import { HiddenLinesBar } from './hidden-lines-bar';
import { HEADER_HEIGHT, HunkBlock, ROW_HEIGHT } from './hunk-block';
import { HunkViewer } from './hunk-viewer';
import { useSideNames } from '../hooks/use-side-names';
import { VirtualStack } from '@/components/virtual-stack';

type Props = {
  /** The diff's rows (lib/diff-rows.ts `diffModel`). */
  model: DiffModel;
  gaps: readonly Gap[];
  /** Where the linked line is (`locateLine`, worked out once by the caller); null without a link. */
  location: LineLocation | null;
  /** The expected file's lines, to reveal unchanged lines; null until it loads. */
  expectedLines: readonly string[] | null;
  revealAll: boolean;
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
};

type Revealed = Record<number, LineRange[]>;

/**
 * Up to this many rows in this many items render plainly (the browser's find sees them all); more are
 * virtualized. Each item is a diff viewer that costs milliseconds to mount, so items count too.
 */
const PLAIN_ROWS = 600;
const PLAIN_ITEMS = 12;

const HIDDEN_BAR_HEIGHT = 40;
const ITEM_GAP = 8;

function reveal(current: Revealed, gapIndex: number, range: LineRange): Revealed {
  return { ...current, [gapIndex]: [...(current[gapIndex] ?? []), range] };
}

/** All the lines a hidden block stands for. */
const wholeBlock = ({ expectedFrom, count }: { expectedFrom: number; count: number }): LineRange => ({
  from: expectedFrom,
  to: expectedFrom + count - 1,
});

function estimate(item: DiffItem | undefined, split: boolean): number {
  if (!item) return 0;
  if (item.kind === 'hidden') return HIDDEN_BAR_HEIGHT;
  const rows = split ? item.rows.length : item.unifiedRows;
  return rows * ROW_HEIGHT + (item.hunk && item.first ? HEADER_HEIGHT : 0) + ITEM_GAP + 2;
}

/**
 * The hunks in order, with the hidden unchanged lines between them ready to be shown. Long hunks come in
 * windows, and a long diff keeps only the windows near the viewport in the DOM, so a 40,000-line diff
 * opens as fast as a short one; "Find in diff" searches what is not rendered.
 */
export function HunkList({ model, gaps, location, expectedLines, revealAll, split, displayText, target }: Props) {
  const names = useSideNames();
  const [revealed, setRevealed] = useState<Revealed>({});
  const canReveal = expectedLines !== null;

  // A deep link into hidden lines reveals them; adjusted while rendering so it sticks after the link changes.
  const targetKey = target && location?.kind === 'gap' && canReveal ? `${target.side}${target.line}@${location.gap.index}` : null;
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  if (targetKey !== revealedFor) {
    setRevealedFor(targetKey);
    if (targetKey && location?.kind === 'gap' && location.gap.expandable) {
      setRevealed((current) => reveal(current, location.gap.index, rangeAround(location.expectedLine)));
    }
  }

  const blocks = useMemo(
    () => diffBlocks(model, canReveal ? gaps : gaps.map((gap) => ({ ...gap, expandable: false })), revealAll ? 'all' : revealed),
    [model, gaps, canReveal, revealAll, revealed],
  );
  const items = useMemo(() => diffItems(blocks, expectedLines), [blocks, expectedLines]);
  const findable = useMemo(() => findableLines(items), [items]);
  const folded = useMemo(() => foldedLines(items, canReveal ? expectedLines : null), [items, canReveal, expectedLines]);
  const showFolded = useCallback(
    () =>
      setRevealed((current) =>
        items.reduce(
          (next, item) =>
            item.kind === 'hidden' && item.block.gap.expandable ? reveal(next, item.block.gap.index, wholeBlock(item.block)) : next,
          current,
        ),
      ),
    [items],
  );
  const rows = useMemo(() => items.reduce((n, item) => n + (item.kind === 'rows' ? item.unifiedRows : 1), 0), [items]);

  const focusLater = useFocusLater();
  const [found, setFound] = useState<LineTarget | null>(null);
  const onFound = useCallback((next: LineTarget | null) => setFound(next), []);
  useScrollToId(found ? lineId(found.side, found.line) : null);
  const shown = found ?? target;
  const pinnedIndex = useMemo(() => (shown ? itemIndexOf(items, shown.side, shown.line) : null), [items, shown]);

  const renderItem = (i: number) => {
    const item = items[i];
    if (!item) return null;
    if (item.kind === 'hidden') {
      const { block } = item;
      return (
        <HiddenLinesBar
          count={block.count}
          expectedFrom={block.expectedFrom}
          actualFrom={block.actualFrom}
          expandable={block.gap.expandable}
          inexact={!block.gap.exact}
          loading={!canReveal}
          onExpand={() => {
            setRevealed((current) => reveal(current, block.gap.index, wholeBlock(block)));
            // The bar gives way to the lines: focus goes on to the first of them.
            focusLater(() => document.getElementById(lineId('expected', block.expectedFrom))?.querySelector('a') ?? null);
          }}
        />
      );
    }
    // Only the window holding the target gets it, so moving the target re-renders two windows, not all.
    const itemTarget = shown && windowHas(item, shown.side, shown.line) ? shown : null;
    if (!item.hunk) {
      return (
        <div className="context-block">
          <HunkViewer rows={item.rows} split={split} displayText={displayText} target={itemTarget} />
        </div>
      );
    }
    return (
      <HunkBlock
        hunk={item.hunk}
        total={model.hunks.length}
        rows={item.rows}
        first={item.first}
        split={split}
        displayText={displayText}
        target={itemTarget}
      />
    );
  };

  return (
    <>
      <DiffFind lines={findable} folded={folded} onShowFolded={showFolded} onFound={onFound} />
      {split && (
        <div className="diff-columns" aria-hidden="true">
          <span>{names.expected}</span>
          <span>{names.actual}</span>
        </div>
      )}
      <VirtualStack
        className="hunk-list"
        virtual={rows > PLAIN_ROWS || items.length > PLAIN_ITEMS}
        count={items.length}
        estimateSize={(i) => estimate(items[i], split)}
        itemKey={(i) => items[i]?.key ?? String(i)}
        renderItem={renderItem}
        pinnedIndex={pinnedIndex}
        // One item each side: an item is up to WINDOW_ROWS rows, and every mounted row costs layout.
        overscan={1}
      />
    </>
  );
}

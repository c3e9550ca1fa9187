import { useMemo, useState } from 'react';
import type { Schemas } from '@/lib/api-client';
import { diffBlocks, locateLine, rangeAround, type DiffSide, type Gap, type LineRange } from '../lib/diff-blocks';
import { ContextBlock } from './context-block';
import { HiddenLinesBar } from './hidden-lines-bar';
import { HunkBlock } from './hunk-block';
import type { DisplayText, LineTarget } from './hunk-viewer';

type Diff = Schemas['Diff'];

type Props = {
  diff: Diff;
  gaps: readonly Gap[];
  /** The expected file's lines, to reveal unchanged lines; null until it loads. */
  expectedLines: readonly string[] | null;
  revealAll: boolean;
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

type Revealed = Record<number, LineRange[]>;

function reveal(current: Revealed, gapIndex: number, range: LineRange): Revealed {
  return { ...current, [gapIndex]: [...(current[gapIndex] ?? []), range] };
}

/** The hunks in order, with the hidden unchanged lines between them ready to be shown. */
export function HunkList({ diff, gaps, expectedLines, revealAll, split, displayText, target, onSelectLine }: Props) {
  const [revealed, setRevealed] = useState<Revealed>({});
  const canReveal = expectedLines !== null;
  const location = useMemo(() => (target ? locateLine(diff, gaps, target.side, target.line) : null), [diff, gaps, target]);

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
    () => diffBlocks(diff, canReveal ? gaps : gaps.map((gap) => ({ ...gap, expandable: false })), revealAll ? 'all' : revealed),
    [diff, gaps, canReveal, revealAll, revealed],
  );

  return (
    <div className="hunk-list">
      {blocks.map((block) => {
        switch (block.kind) {
          case 'hunk':
            return (
              <HunkBlock
                key={block.key}
                hunk={block.hunk}
                index={block.index}
                total={diff.hunks.length}
                split={split}
                displayText={displayText}
                target={target}
                onSelectLine={onSelectLine}
              />
            );
          case 'hidden':
            return (
              <HiddenLinesBar
                key={block.key}
                count={block.count}
                expectedFrom={block.expectedFrom}
                actualFrom={block.actualFrom}
                expandable={block.gap.expandable}
                inexact={!block.gap.exact}
                loading={!canReveal}
                onExpand={() => setRevealed((current) => reveal(current, block.gap.index, { from: block.expectedFrom, to: block.expectedFrom + block.count - 1 }))}
              />
            );
          case 'context':
            return expectedLines ? (
              <ContextBlock
                key={block.key}
                expectedFrom={block.expectedFrom}
                actualFrom={block.actualFrom}
                count={block.count}
                expectedLines={expectedLines}
                split={split}
                displayText={displayText}
                target={target}
                onSelectLine={onSelectLine}
              />
            ) : null;
        }
      })}
    </div>
  );
}

import { useMemo } from 'react';
import type { Schemas } from '@/lib/api-client';
import type { DiffSide } from '../lib/diff-blocks';
import { hunkWindows } from '../lib/hunk-windows';
import { ROW_HEIGHT } from './hunk-block';
import { HunkViewer, type DisplayText, type LineTarget } from './hunk-viewer';
import { LazyMount } from './lazy-mount';

type DiffLine = Schemas['DiffLine'];

type Props = {
  expectedFrom: number;
  actualFrom: number;
  count: number;
  /** The expected file's lines: unchanged lines are equal on both sides. */
  expectedLines: readonly string[];
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

/** Unchanged lines revealed between hunks, drawn like the hunks so the columns line up. */
export function ContextBlock({ expectedFrom, actualFrom, count, expectedLines, split, displayText, target, onSelectLine }: Props) {
  const windows = useMemo(() => {
    const lines: DiffLine[] = [];
    for (let i = 0; i < count; i += 1) {
      lines.push({ kind: 'context', text: expectedLines[expectedFrom - 1 + i] ?? '', expected_line: expectedFrom + i, actual_line: actualFrom + i });
    }
    return hunkWindows({ expected_start: expectedFrom, actual_start: actualFrom, lines });
  }, [expectedFrom, actualFrom, count, expectedLines]);
  const has = (window: (typeof windows)[number]) => {
    if (!target) return false;
    const first = target.side === 'expected' ? window.expected_start : window.actual_start;
    return target.line >= first && target.line < first + window.lines.length;
  };
  return (
    <div className="context-block">
      {windows.map((window, i) => (
        <LazyMount key={i} estimatedHeight={window.lines.length * ROW_HEIGHT} force={has(window)}>
          <HunkViewer hunk={window} split={split} displayText={displayText} target={has(window) ? target : null} onSelectLine={onSelectLine} />
        </LazyMount>
      ))}
    </div>
  );
}

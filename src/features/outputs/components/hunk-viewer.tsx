import './hunk-viewer.css';
import { memo, useMemo, type ReactElement } from 'react';
import { DiffMethod, LineNumberPrefix, type ReactDiffViewerStylesOverride } from 'react-diff-viewer-continued';
import { SharedStylesDiffViewer } from './shared-styles-diff-viewer';
import type { DiffSide } from '../lib/diff-blocks';
import { LineContent } from './line-content';
import { LineNumberLink } from './line-number-link';
import { DIFF_TYPE, RowChange } from './row-change';
import type { DiffHunk } from '@/api/types';

/** The text shown for a line of one side (invisible characters made visible). */
export type DisplayText = (text: string, side: DiffSide, line: number) => string;

export type LineTarget = { side: DiffSide; line: number };

type Props = {
  /** One window of a hunk (at most a few hundred lines), or revealed unchanged lines. */
  hunk: DiffHunk;
  split: boolean;
  displayText: DisplayText;
  target: LineTarget | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

// The app's colour tokens, so the viewer follows the light and dark themes through CSS alone.
const themeVariables = {
  diffViewerBackground: 'var(--surface)',
  diffViewerColor: 'var(--text)',
  addedBackground: 'var(--add-bg)',
  addedColor: 'var(--text)',
  removedBackground: 'var(--del-bg)',
  removedColor: 'var(--text)',
  wordAddedBackground: 'var(--add-word)',
  wordRemovedBackground: 'var(--del-word)',
  addedGutterBackground: 'var(--add-gutter)',
  removedGutterBackground: 'var(--del-gutter)',
  gutterBackground: 'var(--surface-2)',
  gutterBackgroundDark: 'var(--surface-2)',
  highlightBackground: 'var(--target-bg)',
  highlightGutterBackground: 'var(--target-gutter)',
  emptyLineBackground: 'var(--empty-line)',
  gutterColor: 'var(--muted)',
  addedGutterColor: 'var(--text)',
  removedGutterColor: 'var(--text)',
};

// One object for every viewer: the package memoizes its styles on this reference.
const STYLES: ReactDiffViewerStylesOverride = {
  variables: { light: themeVariables, dark: themeVariables },
  diffContainer: { fontFamily: 'var(--mono)', fontSize: 12.5, minWidth: 0 },
  contentText: { fontFamily: 'var(--mono)' },
  marker: { paddingLeft: 4, paddingRight: 4 },
};

const renderContent = (source: string): ReactElement => <LineContent text={source} />;

/** One hunk window in react-diff-viewer-continued, with the real line numbers of both files. */
export const HunkViewer = memo(function HunkViewer({ hunk, split, displayText, target, onSelectLine }: Props) {
  const { oldValue, newValue, leftBase, rightBase, leftCount, rightCount } = useMemo(() => {
    let oldText = '';
    let newText = '';
    let leftFirst: number | null = null;
    let rightFirst: number | null = null;
    let left = 0;
    let right = 0;
    for (const line of hunk.lines) {
      if (line.kind !== 'added' && line.expected_line !== null) {
        leftFirst ??= line.expected_line;
        oldText += `${displayText(line.text, 'expected', line.expected_line)}\n`;
        left += 1;
      }
      if (line.kind !== 'removed' && line.actual_line !== null) {
        rightFirst ??= line.actual_line;
        newText += `${displayText(line.text, 'actual', line.actual_line)}\n`;
        right += 1;
      }
    }
    return {
      oldValue: oldText,
      newValue: newText,
      leftBase: leftFirst ?? hunk.expected_start,
      rightBase: rightFirst ?? hunk.actual_start,
      leftCount: left,
      rightCount: right,
    };
  }, [hunk, displayText]);

  // The viewer numbers each side from 1; its ids (L-3, R-7) are mapped from the real line numbers.
  const highlightLines = useMemo(() => {
    if (!target) return [];
    const base = target.side === 'expected' ? leftBase : rightBase;
    const count = target.side === 'expected' ? leftCount : rightCount;
    const n = target.line - base + 1;
    return n >= 1 && n <= count ? [`${target.side === 'expected' ? 'L' : 'R'}-${n}`] : [];
  }, [target, leftBase, rightBase, leftCount, rightCount]);

  const isTarget = (side: DiffSide, line: number | undefined) => line !== undefined && target?.side === side && target.line === line;

  return (
    <div className={`hunk-viewer hunk-viewer--${split ? 'split' : 'unified'}`}>
      <SharedStylesDiffViewer
        oldValue={oldValue}
        newValue={newValue}
        splitView={split}
        showDiffOnly={false}
        hideSummary
        hideLineNumbers
        // Inputs are bounded windows: diffing them on the main thread is cheap and spares a worker per hunk.
        disableWorker
        // Word-level highlighting; the package skips it for lines over 500 characters.
        compareMethod={DiffMethod.WORDS}
        styles={STYLES}
        renderContent={renderContent}
        highlightLines={highlightLines}
        renderGutter={({ lineNumber, prefix, additionalLineNumber, additionalPrefix, type, styles }) => {
          const left = prefix === LineNumberPrefix.LEFT && lineNumber > 0 ? leftBase + lineNumber - 1 : undefined;
          const rightRaw =
            prefix === LineNumberPrefix.RIGHT
              ? lineNumber > 0
                ? lineNumber
                : additionalLineNumber
              : additionalPrefix === LineNumberPrefix.RIGHT
                ? additionalLineNumber
                : undefined;
          const right = rightRaw !== undefined && rightRaw > 0 ? rightBase + rightRaw - 1 : undefined;
          const highlighted = isTarget('expected', left) || isTarget('actual', right);
          const className = [
            styles.gutter,
            'gutter',
            type === DIFF_TYPE.added ? `${styles.diffAdded} gutter--added` : '',
            type === DIFF_TYPE.removed ? `${styles.diffRemoved} gutter--removed` : '',
            highlighted ? `${styles.highlightedGutter} is-target` : '',
          ]
            .filter(Boolean)
            .join(' ');
          if (split) {
            const side: DiffSide = prefix === LineNumberPrefix.LEFT ? 'expected' : 'actual';
            const line = side === 'expected' ? left : right;
            return (
              <td className={className} id={line !== undefined ? `${side === 'expected' ? 'L' : 'R'}${line}` : undefined}>
                {line !== undefined && (
                  <>
                    <LineNumberLink side={side} line={line} onSelect={onSelectLine} />
                    <RowChange type={type} />
                  </>
                )}
              </td>
            );
          }
          return (
            <td className={`${className} gutter--pair`}>
              <span className="gutter__cell" id={left !== undefined ? `L${left}` : undefined}>
                {left !== undefined && <LineNumberLink side="expected" line={left} onSelect={onSelectLine} />}
              </span>
              <span className="gutter__cell" id={right !== undefined ? `R${right}` : undefined}>
                {right !== undefined && <LineNumberLink side="actual" line={right} onSelect={onSelectLine} />}
              </span>
              <RowChange type={type} />
            </td>
          );
        }}
      />
    </div>
  );
});

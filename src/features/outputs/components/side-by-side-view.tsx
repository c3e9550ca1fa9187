import './side-by-side-view.css';
import { useCallback, useMemo, useState } from 'react';
import type { FindableLine } from '../lib/diff-items';
import type { DiffSide, DisplayText, LineTarget } from '../lib/diff-rows';
import { splitFileLines } from '../lib/file-lines';
import { formatNumber } from '@/lib/format-count';
import { DiffFind } from './diff-find';
import { LineContent } from './line-content';
import { LineList } from './line-list';
import { useSideNames } from '../hooks/use-side-names';
import { LineNumberLink } from './line-number-link';

type Props = {
  expectedText: string;
  actualText: string;
  /** How many lines the files have in common, and how long finding that took. */
  sharedLines: number;
  elapsedMs: number;
  displayText: DisplayText;
  target: LineTarget | null;
};

/** The fallback when the files share almost nothing: both in full, line by line, without a diff. */
export function SideBySideView({ expectedText, actualText, sharedLines, elapsedMs, displayText, target: linked }: Props) {
  const names = useSideNames();
  const expected = useMemo(() => splitFileLines(expectedText), [expectedText]);
  const actual = useMemo(() => splitFileLines(actualText), [actualText]);
  const count = Math.max(expected.length, actual.length);
  // Row by row, so "next match" moves down the page.
  const findable = useMemo(() => {
    const lines: FindableLine[] = [];
    for (let i = 0; i < count; i += 1) {
      const e = expected[i];
      const a = actual[i];
      if (e !== undefined) lines.push({ side: 'expected', line: i + 1, text: e });
      if (a !== undefined) lines.push({ side: 'actual', line: i + 1, text: a });
    }
    return lines;
  }, [expected, actual, count]);
  const [found, setFound] = useState<LineTarget | null>(null);
  const onFound = useCallback((next: LineTarget | null) => setFound(next), []);
  const target = found ?? linked;
  const cell = (side: DiffSide, lines: readonly string[], n: number) => {
    const text = lines[n - 1];
    const prefix = side === 'expected' ? 'L' : 'R';
    const isTarget = target?.side === side && target.line === n;
    return text === undefined ? (
      <>
        <span role="rowheader" className="line-number" />
        <span role="cell" className="line-text line-text--empty" />
      </>
    ) : (
      <>
        <span role="rowheader" className={`line-number${isTarget ? ' is-target' : ''}`} id={`${prefix}${n}`}>
          <LineNumberLink side={side} line={n} />
        </span>
        <span role="cell" className={`line-text${isTarget ? ' is-target' : ''}`}>
          <LineContent text={displayText(text, side, n)} />
        </span>
      </>
    );
  };
  return (
    <section className="side-by-side" aria-labelledby="side-by-side-title">
      <p className="notice notice--warn" id="side-by-side-title" role="status">
        The files differ almost everywhere: showing them side by side. (They have {formatNumber(sharedLines)} of {formatNumber(count)} lines
        in common, found in {formatNumber(elapsedMs)} ms: a line diff would not help.)
      </p>
      <DiffFind lines={findable} onFound={onFound} />
      <div className="side-by-side__head" aria-hidden="true">
        <span>{names.expected}</span>
        <span>{names.actual}</span>
      </div>
      <LineList
        count={count}
        label={`${names.expected} and ${names.actual.toLowerCase()} files side by side`}
        className="file-view side-by-side__rows"
        scrollToIndex={target ? target.line - 1 : null}
        renderRow={(index, placement) => (
          <div key={index} role="row" className="side-by-side__row" {...placement}>
            {cell('expected', expected, index + 1)}
            {cell('actual', actual, index + 1)}
          </div>
        )}
      />
    </section>
  );
}

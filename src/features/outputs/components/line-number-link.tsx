import type { MouseEvent } from 'react';
import type { DiffSide } from '../lib/diff-blocks';

type Props = { side: DiffSide; line: number; onSelect: (side: DiffSide, line: number) => void };

/** A line number that is a link to itself (#L12 / #R12); a plain click sets the hash without scrolling. */
export function LineNumberLink({ side, line, onSelect }: Props) {
  const hash = `#${side === 'expected' ? 'L' : 'R'}${line}`;
  return (
    <a
      className="line-link"
      href={hash}
      aria-label={`${side === 'expected' ? 'Expected' : 'Actual'} line ${line}`}
      onClick={(event: MouseEvent) => {
        // Let modified clicks open or copy the link as usual.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onSelect(side, line);
      }}
    >
      {line}
    </a>
  );
}

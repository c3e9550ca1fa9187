import type { MouseEvent } from 'react';
import { useSelectLine } from '../hooks/use-select-line';
import type { DiffSide } from '../lib/diff-rows';
import { useSideNames } from '../hooks/use-side-names';
import { lineId } from '../lib/line-anchor';

type Props = { side: DiffSide; line: number };

/** A line number that is a link to itself (#L12 / #R12); a plain click selects the line (sets the hash) without scrolling. */
export function LineNumberLink({ side, line }: Props) {
  const select = useSelectLine();
  const names = useSideNames();
  return (
    <a
      className="line-link"
      href={`#${lineId(side, line)}`}
      aria-label={`${names[side]} line ${line}`}
      onClick={(event: MouseEvent) => {
        // Let modified clicks open or copy the link as usual.
        if (!select || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        select(side, line);
      }}
    >
      {line}
    </a>
  );
}

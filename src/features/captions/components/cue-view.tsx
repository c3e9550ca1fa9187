import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Loading } from '@/components/query-state';
import type { OutputRef } from '@/lib/query-keys';
import { useCaptionDiff } from '../hooks/use-caption-diff';
import { rowMatches, type CueFilter } from '../lib/cue-filter';
import { formatNumber } from '@/lib/format-count';
import { CueFilters } from './cue-filters';
import { CueTable } from './cue-table';
import './captions.css';

export type CueViewProps = {
  outputRef: OutputRef;
  files: { expected: string; actual: string; truncated: boolean };
  filename: string;
  filter: CueFilter | undefined;
  onFilterChange: (filter: CueFilter | undefined) => void;
  /** Expected cue number of a `#C12` link. */
  target: number | null;
  /** A cue number was clicked: the app puts `#C12` in the URL. */
  onSelectCue: (index: number) => void;
  /** The line diff, shown instead when the files cannot be compared cue by cue. */
  lineDiff: ReactNode;
};

/** `?view=cues`: expected and actual cues aligned, one row per pair, with timing deltas and word-level changes. */
export function CueView({ outputRef, files, filename, filter, onFilterChange, target, onSelectCue, lineDiff }: CueViewProps) {
  const query = useCaptionDiff(outputRef, files.truncated ? null : { expected: files.expected, actual: files.actual, filename });
  const rows = query.data?.rows;
  const shown = useMemo(() => (rows ? rows.filter((row) => rowMatches(row, filter)) : []), [rows, filter]);
  const counts = useMemo(
    () => ({
      all: rows?.length ?? 0,
      text: rows?.filter((row) => rowMatches(row, 'text')).length ?? 0,
      timing: rows?.filter((row) => rowMatches(row, 'timing')).length ?? 0,
    }),
    [rows],
  );
  const targetRow = useMemo(
    () => (target === null ? -1 : shown.findIndex((row) => row.expected.some((cue) => cue.index === target))),
    [shown, target],
  );
  // A click on a cue number sets the link but must not scroll; a link opened or changed otherwise does.
  const [clicked, setClicked] = useState<number | null>(null);
  const selectCue = useCallback(
    (index: number) => {
      setClicked(index);
      onSelectCue(index);
    },
    [onSelectCue],
  );

  if (files.truncated) {
    return (
      <>
        <p className="notice notice--warn">
          A file was cut at the API’s 1 MiB limit, so its cues cannot all be compared: showing the line diff.
        </p>
        {lineDiff}
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <p className="notice notice--fail">The cues could not be compared ({query.error.message}): showing the line diff.</p>
        {lineDiff}
      </>
    );
  }
  if (!query.data) return <Loading what="the cues" />;
  if (query.data.verdict.kind === 'not_captions') {
    return (
      <>
        <p className="notice notice--info">{query.data.sentence}: showing the line diff.</p>
        {lineDiff}
      </>
    );
  }
  const expectedCues = query.data.verdict.expectedCues;
  const hiddenByFilter = target !== null && targetRow < 0 && rows?.some((row) => row.expected.some((cue) => cue.index === target));
  return (
    <section className="cue-view" aria-label="Cue view">
      <CueFilters filter={filter} counts={counts} onChange={onFilterChange} />
      {target !== null && targetRow < 0 && (
        <p className="notice notice--warn" role="status">
          {hiddenByFilter ? (
            <>
              Expected cue {formatNumber(target)} is hidden by this filter.{' '}
              <button type="button" className="button button--quiet" onClick={() => onFilterChange(undefined)}>
                Show all cues
              </button>
            </>
          ) : (
            `The expected file has no cue ${formatNumber(target)} (it has ${formatNumber(expectedCues)}).`
          )}
        </p>
      )}
      <CueTable rows={shown} targetRow={targetRow} scrollToTarget={target !== clicked} onSelectCue={selectCue} />
    </section>
  );
}

import type { CueFilter } from '../lib/cue-filter';
import { formatNumber } from '@/lib/format-count';

type Props = {
  filter: CueFilter | undefined;
  counts: { all: number; text: number; timing: number };
  onChange: (filter: CueFilter | undefined) => void;
};

const CHOICES: { value: CueFilter | undefined; label: string; count: keyof Props['counts'] }[] = [
  { value: undefined, label: 'All cues', count: 'all' },
  { value: 'text', label: 'Text changes only', count: 'text' },
  { value: 'timing', label: 'Timing only', count: 'timing' },
];

/** Which rows the cue view shows (kept in the URL by the app). */
export function CueFilters({ filter, counts, onChange }: Props) {
  return (
    <fieldset className="cue-filters">
      <legend className="sr-only">Show</legend>
      {CHOICES.map((choice) => (
        <label key={choice.label} className="cue-filters__choice">
          <input type="radio" name="cue-filter" checked={filter === choice.value} onChange={() => onChange(choice.value)} />
          {choice.label} <span className="muted">({formatNumber(counts[choice.count])})</span>
        </label>
      ))}
    </fieldset>
  );
}

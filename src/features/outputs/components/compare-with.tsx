import './compare-with.css';

/** A run this output can be compared with: undefined while it is being found, null when there is none. */
export type CompareTarget = { runId: number; platform: string } | null | undefined;

export type CompareTargets = {
  base: CompareTarget;
  otherPlatform: CompareTarget;
  /** Asks for the targets: the lookups are spent only when the reader reaches for the choice. */
  find: () => void;
};

type Props = {
  runId: number;
  /** `?against=`: the run compared with; undefined for the expected file. */
  against: number | undefined;
  targets: CompareTargets;
  onChange: (against: number | undefined) => void;
};

/** "Compare with": the expected file (default), the base run's actual file, or the other platform's. */
export function CompareWith({ runId, against, targets, onChange }: Props) {
  const { base, otherPlatform } = targets;
  const known = [base?.runId, otherPlatform?.runId];
  return (
    <label className="compare-with" onPointerEnter={targets.find} onFocus={targets.find}>
      Compare with
      <select value={against ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}>
        <option value="">expected</option>
        {base ? (
          <option value={base.runId}>base run {base.runId}</option>
        ) : (
          <option value="" disabled>
            {base === null ? 'base run (none found)' : 'base run (finding…)'}
          </option>
        )}
        {otherPlatform ? (
          <option value={otherPlatform.runId}>
            other platform (run {otherPlatform.runId}, {otherPlatform.platform})
          </option>
        ) : (
          <option value="" disabled>
            {otherPlatform === null ? 'other platform (no run of this commit)' : 'other platform (finding…)'}
          </option>
        )}
        {/* A run named by the link that is neither stays selectable, so the screen says what it shows. */}
        {against !== undefined && !known.includes(against) && <option value={against}>run {against}</option>}
      </select>
      {against === runId && <span className="hint">the same run: its file is compared with itself</span>}
    </label>
  );
}

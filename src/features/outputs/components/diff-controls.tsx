import './diff-controls.css';
import { CONTEXT_CHOICES, type ContextLines, type DiffView } from '../output-search';

type Props = {
  view: DiffView;
  /** The screen is too narrow for two columns: the diff shows unified whatever the choice. */
  narrow?: boolean;
  /** The views this output offers: "Cues" only for caption files. */
  views?: readonly DiffView[];
  context: ContextLines;
  onViewChange: (view: DiffView) => void;
  onContextChange: (context: ContextLines) => void;
  /** "Hide whitespace changes" (`?w=1`); the checkbox shows only when it can be changed. */
  hideWhitespace?: boolean;
  onHideWhitespaceChange?: (hide: boolean) => void;
};

/** Split or unified, and how many unchanged lines around each change (kept in the URL by the route). */
const VIEW_NAMES: Record<DiffView, string> = { split: 'Split', unified: 'Unified', cues: 'Cues' };

export function DiffControls({
  view,
  views = ['split', 'unified'],
  narrow = false,
  context,
  onViewChange,
  onContextChange,
  hideWhitespace = false,
  onHideWhitespaceChange,
}: Props) {
  const options: ContextLines[] = [...CONTEXT_CHOICES, 'all'];
  // A context from the URL that is not one of the choices (?context=7) still shows as selected.
  if (typeof context === 'number' && !options.includes(context)) {
    options.splice(
      options.findIndex((o) => typeof o !== 'number' || o > context),
      0,
      context,
    );
  }
  return (
    <div className="diff-controls">
      <div role="group" aria-label="View" className="segmented">
        {views.map((choice) => (
          <button key={choice} type="button" className="button" aria-pressed={view === choice} onClick={() => onViewChange(choice)}>
            {VIEW_NAMES[choice]}
          </button>
        ))}
      </div>
      {narrow && view === 'split' && (
        <p className="hint diff-controls__narrow" role="status">
          Showing unified: the window is too narrow for two columns.
        </p>
      )}
      {/* The cue view compares cues, not lines: whitespace and context lines mean nothing there. */}
      {onHideWhitespaceChange && view !== 'cues' && (
        <label className="diff-controls__whitespace">
          <input type="checkbox" checked={hideWhitespace} onChange={(event) => onHideWhitespaceChange(event.target.checked)} />
          Hide whitespace changes
        </label>
      )}
      {view !== 'cues' && (
        <label className="diff-controls__context">
          Context lines
          <select
            value={String(context)}
            onChange={(event) => onContextChange(event.target.value === 'all' ? 'all' : Number(event.target.value))}
          >
            {options.map((option) => (
              <option key={option} value={String(option)}>
                {option === 'all' ? 'all (whole file)' : option}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

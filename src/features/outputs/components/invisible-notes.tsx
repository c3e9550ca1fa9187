import './invisible-notes.css';
import { MARKER_NAMES, NO_FINAL_NEWLINE } from '../lib/display-line';

const LEGEND: Array<[string, string]> = [
  ['→', MARKER_NAMES.tab],
  ['·', MARKER_NAMES['trailing-space']],
  ['↵', 'carriage return (shown when line endings differ)'],
  [NO_FINAL_NEWLINE, MARKER_NAMES['no-newline']],
  ['<U+…>', 'invisible, control or bidi character'],
];

/** Why two outputs that look the same differ: line endings, final newline, whitespace, encodings. */
export function InvisibleNotes({ notes }: { notes: readonly string[] }) {
  return (
    <section className="invisible-notes" aria-labelledby="invisible-notes-title">
      {notes.length > 0 && (
        <>
          <h3 id="invisible-notes-title">Invisible differences</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <p className="marker-legend" id={notes.length > 0 ? undefined : 'invisible-notes-title'}>
        <span className="sr-only">Markers in the diff: </span>
        {LEGEND.map(([symbol, name]) => (
          <span key={symbol} className="marker-legend__item">
            <span className="ws-marker" aria-hidden="true">
              {symbol}
            </span>{' '}
            {name}
          </span>
        ))}
      </p>
    </section>
  );
}

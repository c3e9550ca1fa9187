import './output.css';
import { MARKER_NAMES, markerRuns } from '../lib/display-line';

/** One line's display text, its invisible-character stand-ins styled and named (text nodes only). */
export function LineContent({ text }: { text: string }) {
  return (
    <span className="line-content">
      {markerRuns(text).map((run, i) =>
        run.marker ? (
          <span key={i} className={`ws-marker ws-marker--${run.marker}`} title={MARKER_NAMES[run.marker]}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </span>
  );
}

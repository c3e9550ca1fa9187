import './review.css';
import { baselineChanged } from '../lib/baseline-changed';

type Props = {
  regressionId: number;
  /** The regression test's current `outputs[].correct` (undefined while it loads). */
  correct: string | undefined;
  /** The sha256 of the expected file this run was compared with; null: the run had none; undefined: unknown. */
  compared: string | null | undefined;
};

/** On any output whose regression test now expects another file than the one this run was compared with. */
export function BaselineChangedNote({ regressionId, correct, compared }: Props) {
  if (!baselineChanged(correct, compared)) return null;
  return (
    <p className="notice notice--warn baseline-changed" role="note">
      <strong>The baseline has changed since this run.</strong> Regression test {regressionId} now expects another file (
      <code title={correct}>{correct?.slice(0, 12)}…</code>): future runs compare with it. What this screen shows is this run as it was
      recorded, against the file it was compared with.
    </p>
  );
}

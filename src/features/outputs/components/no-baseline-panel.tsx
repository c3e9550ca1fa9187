import type { DecodedFile } from '../hooks/use-decoded-file';
import { FileSection, type FileQuery } from './file-section';

type Props = {
  actual: DecodedFile | undefined;
  actualQuery: FileQuery;
  /** False when /actual says the output matched or is missing: nothing to show then. */
  hasActual: boolean;
  target: number | null;
};

/** A new output nobody approved yet: nothing to compare against, so the output is shown on its own. */
export function NoBaselinePanel({ actual, actualQuery, hasActual, target }: Props) {
  return (
    <>
      <section className="state-panel state-panel--warn" aria-labelledby="state-title">
        <h2 id="state-title">No expected baseline</h2>
        <p>
          Nobody has approved an expected file for this output yet, so there is nothing to compare it with. A maintainer can accept this
          output as the new baseline on the sample platform. The output the test produced is shown below.
        </p>
      </section>
      {hasActual && <FileSection side="actual" decoded={actual} query={actualQuery} target={target} />}
    </>
  );
}

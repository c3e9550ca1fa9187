import type { DecodedFile } from '../hooks/use-decoded-file';
import { isNotFound } from '../output-state';
import { FileSection, type FileQuery } from './file-section';

type Props = {
  expected: DecodedFile | undefined;
  expectedQuery: FileQuery;
  noBaseline: boolean;
  target: number | null;
};

/** A pass, unmistakably: the main message, then the expected file it matched. */
export function MatchedPanel({ expected, expectedQuery, noBaseline, target }: Props) {
  // The platform's own server: the match is recorded, but storage lost the expected file since (/expected 404).
  const lost = !noBaseline && !expected && isNotFound(expectedQuery.error);
  return (
    <>
      <section className="state-panel state-panel--pass" aria-labelledby="state-title">
        <h2 id="state-title">
          <span aria-hidden="true">✓ </span>Matched expected
        </h2>
        <p>
          The output is identical to the expected file, so this output passes.
          {lost ? '' : ' The expected content is shown below, read-only.'}
        </p>
        {lost && (
          <p className="notice notice--warn">
            Expected file missing from storage: the platform recorded the match, but no longer has the expected file, so its content cannot
            be shown.
          </p>
        )}
      </section>
      {noBaseline ? (
        <p className="muted">The expected file itself is not available.</p>
      ) : (
        !lost && <FileSection side="expected" decoded={expected} query={expectedQuery} target={target} />
      )}
    </>
  );
}

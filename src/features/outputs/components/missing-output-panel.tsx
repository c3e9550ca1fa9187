import './missing-output-panel.css';
import { CommandWords } from '@/components/command-words';
import { ExitCode } from '@/components/exit-code';
import type { RunSample } from '@/lib/result-status';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { useRevealedFile } from '../hooks/use-revealed-file';
import { isNotFound, type Baseline } from '../output-state';
import { BaselineFile } from './baseline-file';
import { FileSection, type FileQuery } from './file-section';

type Props = {
  result: RunSample | undefined;
  expected: DecodedFile | undefined;
  expectedQuery: FileQuery;
  noBaseline: boolean;
  /** The regression test's entry for the output: names the expected file where no file route hands it out. */
  baseline?: { regressionId: number; output: Baseline } | null;
  /** The expected file's readable name, from the regression test. */
  expectedName?: string;
  /** A #L link opens the expected file straight away. */
  target: number | null;
};

/** The test produced no file: say so first, with what it should have produced and how it ran. */
export function MissingOutputPanel({ result, expected, expectedQuery, noBaseline, baseline, expectedName, target }: Props) {
  const { shown, show, ref: fileRef } = useRevealedFile(target !== null);
  // The platform's own server answers the file routes of a missing output with 404: the regression test knows more.
  const unreachable = !expected && isNotFound(expectedQuery.error);
  return (
    <>
      <section className="state-panel state-panel--missing" aria-labelledby="state-title">
        <h2 id="state-title">
          <span aria-hidden="true">∅ </span>Missing output
        </h2>
        <p>The test ran but produced no output file at all, so there is nothing to compare with the expected file.</p>
        <dl className="state-facts">
          <dt>Expected file</dt>
          <dd>
            {expected ? (
              <code className="break">{expected.file.filename}</code>
            ) : noBaseline ? (
              'none (no expected baseline)'
            ) : expectedName ? (
              <code className="break">{expectedName}</code>
            ) : (
              '…'
            )}
          </dd>
          <dt>Command</dt>
          <dd>
            {result?.command != null ? (
              <code>
                <CommandWords command={`ccextractor ${result.command}`} />
              </code>
            ) : (
              '—'
            )}
          </dd>
          <dt>Exit code</dt>
          <dd>{result ? <ExitCode result={result} /> : '—'}</dd>
        </dl>
        {unreachable && baseline ? (
          <BaselineFile regressionId={baseline.regressionId} baseline={baseline.output} />
        ) : (
          !noBaseline &&
          !shown && (
            <button type="button" className="button" onClick={show}>
              Show the expected file
            </button>
          )
        )}
      </section>
      {shown && !noBaseline && !(unreachable && baseline) && (
        <FileSection ref={fileRef} side="expected" decoded={expected} query={expectedQuery} target={target} />
      )}
    </>
  );
}

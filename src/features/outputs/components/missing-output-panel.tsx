import { CommandWords } from '@/components/command-words';
import { ExitCode } from '@/components/exit-code';
import type { RunSample } from '@/lib/result-status';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { useRevealedFile } from '../hooks/use-revealed-file';
import type { DiffSide } from '../lib/diff-blocks';
import { FileSection, type FileQuery } from './file-section';

type Props = {
  result: RunSample | undefined;
  expected: DecodedFile | undefined;
  expectedQuery: FileQuery;
  noBaseline: boolean;
  /** A #L link opens the expected file straight away. */
  target: number | null;
  onSelectLine: (side: DiffSide, line: number) => void;
};

/** The test produced no file: say so first, with what it should have produced and how it ran. */
export function MissingOutputPanel({ result, expected, expectedQuery, noBaseline, target, onSelectLine }: Props) {
  const { shown, show, ref: fileRef } = useRevealedFile(target !== null);
  return (
    <>
      <section className="state-panel state-panel--missing" aria-labelledby="state-title">
        <h2 id="state-title">
          <span aria-hidden="true">∅ </span>Missing output
        </h2>
        <p>The test ran but produced no output file at all, so there is nothing to compare with the expected file.</p>
        <dl className="state-facts">
          <dt>Expected file</dt>
          <dd>{expected ? <code className="break">{expected.file.filename}</code> : noBaseline ? 'none (no expected baseline)' : '…'}</dd>
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
        {!noBaseline && !shown && (
          <button type="button" className="button" onClick={show}>
            Show the expected file
          </button>
        )}
      </section>
      {shown && !noBaseline && <FileSection ref={fileRef} side="expected" decoded={expected} query={expectedQuery} target={target} onSelectLine={onSelectLine} />}
    </>
  );
}

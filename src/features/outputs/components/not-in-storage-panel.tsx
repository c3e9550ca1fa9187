import './output.css';
import type { DecodedFile } from '../hooks/use-decoded-file';
import { useRevealedFile } from '../hooks/use-revealed-file';
import type { DiffSide } from '../lib/diff-blocks';
import { FileSection, type FileQuery } from './file-section';
import { StorageBadge } from './storage-badge';

type Props = {
  /** The side storage lost. */
  side: DiffSide;
  other: DecodedFile | undefined;
  otherQuery: FileQuery;
  target: number | null;
};

/** A file that exists but that storage lost: never shown as an empty file or an all-removed diff. */
export function NotInStoragePanel({ side, other, otherQuery, target }: Props) {
  const otherSide: DiffSide = side === 'actual' ? 'expected' : 'actual';
  // A lost expected file leaves the actual file as all there is to see: it is shown at once.
  const { shown, show, ref: fileRef } = useRevealedFile(target !== null || side === 'expected');
  const name = side === 'actual' ? 'Actual' : 'Expected';
  return (
    <>
      <section className="state-panel state-panel--missing" aria-labelledby="state-title">
        <h2 id="state-title">{name} file missing from storage</h2>
        <p>
          {side === 'actual' ? 'The test produced this output, but' : 'This output has an expected file, but'} storage does not have it any
          more, so it cannot be shown or compared. It is not an empty file, and the diff is unknown.
          {side === 'expected' && ' The actual file is shown below.'}
        </p>
        <p className="file-facts">
          <span className="file-facts__side">{name}</span>
          <StorageBadge status="missing" side={name} />
        </p>
        {!shown && (
          <button type="button" className="button" onClick={show}>
            Show the {otherSide} file
          </button>
        )}
      </section>
      {shown && <FileSection ref={fileRef} side={otherSide} decoded={other} query={otherQuery} target={target} />}
    </>
  );
}

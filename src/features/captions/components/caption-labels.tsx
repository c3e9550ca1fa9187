import type { CSSProperties } from 'react';
import type { LoadCaptionTexts } from '../hooks/use-caption-verdict';
import type { CaptionOutput } from '../lib/failing-outputs';
import { CaptionLabel } from './caption-label';
import './caption-labels.css';

/** The verdict labels of a list row's failing caption outputs. */
export function CaptionLabels({ outputs, load }: { outputs: readonly CaptionOutput[]; load: LoadCaptionTexts }) {
  if (outputs.length === 0) return null;
  return (
    // Lines held from the start for the labels to come: three fit a line of a wide screen's status column, two of a
    // phone's (long timing labels may still need one more).
    <span
      className="caption-labels"
      style={{ '--label-lines': Math.ceil(outputs.length / 3), '--label-lines-narrow': Math.ceil(outputs.length / 2) } as CSSProperties}
    >
      {outputs.map((output) => (
        <CaptionLabel key={output.ref.outputId} outputRef={output.ref} filename={output.filename} load={load} />
      ))}
    </span>
  );
}

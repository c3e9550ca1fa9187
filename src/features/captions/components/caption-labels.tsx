import type { CSSProperties } from 'react';
import type { LoadCaptionTexts } from '../hooks/use-caption-verdict';
import type { CaptionOutput } from '../lib/failing-outputs';
import { CaptionLabel } from './caption-label';
import './caption-labels.css';

/** The verdict labels of a list row's failing caption outputs. */
export function CaptionLabels({ outputs, load }: { outputs: readonly CaptionOutput[]; load: LoadCaptionTexts }) {
  if (outputs.length === 0) return null;
  return (
    // A line for every two labels, held from the start: two fit a line of the status column at every width (at
    // 1350 px a third wrapped in Lighthouse's run), a third may not.
    <span className="caption-labels" style={{ '--label-lines': Math.ceil(outputs.length / 2) } as CSSProperties}>
      {outputs.map((output) => (
        <CaptionLabel key={output.ref.outputId} outputRef={output.ref} filename={output.filename} load={load} />
      ))}
    </span>
  );
}

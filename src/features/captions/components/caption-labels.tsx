import type { LoadCaptionTexts } from '../hooks/use-caption-verdict';
import type { CaptionOutput } from '../lib/failing-outputs';
import { CaptionLabel } from './caption-label';
import './caption-labels.css';

/** The verdict labels of a list row's failing caption outputs. */
export function CaptionLabels({ outputs, load }: { outputs: readonly CaptionOutput[]; load: LoadCaptionTexts }) {
  if (outputs.length === 0) return null;
  return (
    <span className="caption-labels">
      {outputs.map((output) => (
        <CaptionLabel key={output.ref.outputId} outputRef={output.ref} filename={output.filename} load={load} />
      ))}
    </span>
  );
}

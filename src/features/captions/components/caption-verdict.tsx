import { SafeText } from '@/components/safe-text';
import type { OutputRef } from '@/lib/query-keys';
import { useCaptionDiff } from '../hooks/use-caption-diff';
import './captions.css';

type Props = {
  outputRef: OutputRef;
  /** null while the files load: the verdict's line is there already, waiting. */
  files: { expected: string; actual: string; truncated: boolean } | null;
  filename: string;
};

/** How two caption files differ, in one sentence above the diff ("All 412 cues match but are 33 ms late"). */
export function CaptionVerdict({ outputRef, files, filename }: Props) {
  const query = useCaptionDiff(outputRef, !files || files.truncated ? null : { expected: files.expected, actual: files.actual, filename });
  let text: string;
  if (!files) text = 'Comparing the cues…';
  else if (files.truncated) text = 'A file was cut at the API’s 1 MiB limit, so its cues were not compared.';
  else if (query.isError) text = `The cues could not be compared (${query.error.message}).`;
  else if (!query.data) text = 'Comparing the cues…';
  else text = `${query.data.sentence}.`;
  return (
    <p className="caption-verdict" role="status" aria-live="polite" data-verdict={query.data?.verdict.kind}>
      <span className="caption-verdict__label">Captions</span>{' '}
      {/* The sentence can quote the files (an encoding example): hidden characters show as marks. */}
      <SafeText className="caption-verdict__sentence" text={text} />
    </p>
  );
}

import './output-heading.css';
import { CommandWords } from '@/components/command-words';
import { MiddleTruncate } from '@/components/middle-truncate';
import { StatusBadge } from '@/components/status-badge';
import { OutputStatusBadge } from '@/components/verdict-badges';
import { matchedVariant, type RunSample } from '@/lib/result-status';
import type { Baseline } from '../output-state';

type Props = {
  regressionId: number;
  /** The readable name ("BBC1_HD.p1.svc01.srt"), and the stored one when it differs ("<sha256>.p1.svc01.srt"). */
  title: string;
  filename: string;
  sampleName: string;
  result: RunSample | undefined;
  /** The run's entry for this output, if it lists one (the platform's server lists none for a missing output). */
  output: RunSample['outputs'][number] | undefined;
  /** The regression test's entry for the output: undefined while it loads, null when it has none. */
  baseline: Baseline | null | undefined;
};

/** The output's name and status, how it was produced, and whether its regression test ignores it. */
export function OutputHeading({ regressionId, title, filename, sampleName, result, output, baseline }: Props) {
  const ignored = baseline?.ignore === true;
  return (
    <>
      <div className="output-heading">
        <h1 tabIndex={-1}>
          <MiddleTruncate text={title} />
        </h1>
        <OutputBadge result={result} output={output} baseline={baseline} />
        {ignored && <StatusBadge tone="neutral">ignored</StatusBadge>}
      </div>
      <p className="muted output-subtitle">
        Regression test {regressionId} · sample <MiddleTruncate text={sampleName} />
        {title !== filename && (
          <>
            {' '}
            · stored as{' '}
            <code>
              <MiddleTruncate text={filename} />
            </code>
          </>
        )}
        {result?.command != null && (
          <>
            {' '}
            ·{' '}
            <code>
              <CommandWords command={`ccextractor ${result.command}`} />
            </code>
          </>
        )}
      </p>
      {ignored && (
        <p className="notice notice--info">
          Regression test {regressionId} ignores this output: its differences, shown below, do not fail the test.
        </p>
      )}
    </>
  );
}

/**
 * A differing output of a passing result matched an accepted variant; a missing output the platform lists no file
 * for is still one.
 */
function OutputBadge({ result, output, baseline }: Pick<Props, 'result' | 'output' | 'baseline'>) {
  if (result && output && matchedVariant(result, output, baseline?.ignore)) return <StatusBadge tone="pass">matched variant</StatusBadge>;
  if (output) return <OutputStatusBadge status={output.status} />;
  if (result?.status === 'missing_output' && baseline) return <OutputStatusBadge status="missing_output" />;
  return null;
}

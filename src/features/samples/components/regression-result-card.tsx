import './regression-result-card.css';
import { Link } from '@tanstack/react-router';
import { useRef, type ReactNode } from 'react';
import { CopyButton } from '@/components/copy-button';
import { formatDuration } from '@/components/relative-time';
import { CommandWords } from '@/components/command-words';
import { ExitCode } from '@/components/exit-code';
import { StatusBadge } from '@/components/status-badge';
import { OutputStatusBadge, VerdictBadge } from '@/components/verdict-badges';
import { exitCodeMismatch, matchedVariant, resultVerdict, type RunSample } from '@/lib/result-status';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { useRegressionTest, type RegressionTest } from '../api/get-regression-test';
import { baselineName } from '@/lib/output-name';
import { flakyEvidence } from '../flaky';
import type { HistoryEntry, HistoryVerdict } from '../history-summary';
import { HistoryStrip } from './history-strip';
import { SafeText } from '@/components/safe-text';
import { MiddleTruncate } from '@/components/middle-truncate';
import { ViewedMark } from '@/components/viewed-mark';
import { useIsViewed } from '@/lib/viewed-outputs';
import { outputLink } from '@/lib/output-link';

type Props = {
  runId: number;
  result: RunSample;
  /** "Is this failure new?" from the sample's history; undefined while it loads. */
  history?: HistoryVerdict | null;
  /** The sample's history (newest first) and this run's platform: the strip of recent results and the flaky mark. */
  recent?: { entries: readonly HistoryEntry[]; platform: string };
  /** More about an output (the app adds its caption verdict). */
  renderOutputExtra?: (output: RunSample['outputs'][number]) => ReactNode;
  /** Its place among the sample's cards (1-based) and their number: a feed draws only those near the screen. */
  position?: { at: number; of: number };
  /** The sample's history is still loading: the card holds the place of its history line and strip. */
  historyPending?: boolean;
};

/** One regression test of the sample in this run: what it ran, how it exited, and its output files. */
export function RegressionResultCard({ runId, result, history, recent, renderOutputExtra, position, historyPending }: Props) {
  // A sample can have a hundred tests: each asks for its details only when it comes near the viewport,
  // so the screen does not spend a hundred of the token's 120 reads a minute at once.
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref, '600px 0px');
  const details = useRegressionTest(result.regression_test_id, near);
  const ignored = new Set(details.data?.outputs.filter((o) => o.ignore).map((o) => o.id));
  const verdict = resultVerdict(result);
  const mismatch = exitCodeMismatch(result);
  const filesMatch = result.outputs.length > 0 && result.outputs.every((o) => o.status === 'pass');
  const titleId = `rt-${result.regression_test_id}`;
  const flaky = recent ? flakyEvidence(recent.entries, result.regression_test_id, recent.platform) : null;
  return (
    <article
      ref={ref}
      className={`card result-card result-card--${verdict}`}
      aria-labelledby={titleId}
      aria-posinset={position?.at}
      aria-setsize={position?.of}
    >
      <header className="card__header">
        <h3 id={titleId}>Regression test {result.regression_test_id}</h3>
        <VerdictBadge verdict={verdict} status={result.status} />
        {result.categories.map((c) => (
          <span key={c} className="tag">
            <SafeText text={c} />
          </span>
        ))}
        {(history || flaky) && <span className="spacer" />}
        {flaky && (
          <StatusBadge tone="warn" title={`Flaky: ${flaky}`}>
            flaky
          </StatusBadge>
        )}
        {history && <StatusBadge tone={history.tone}>{history.label}</StatusBadge>}
      </header>
      <p className="result-card__description">
        {details.data ? (
          details.data.description ? (
            <SafeText text={details.data.description} />
          ) : (
            <span className="muted">No description.</span>
          )
        ) : details.isError ? (
          <span className="muted">The description could not be loaded.</span>
        ) : near ? (
          <span className="skeleton skeleton--text" aria-hidden="true" />
        ) : (
          // Not asked for yet: a still placeholder, not a shimmer for every card off screen.
          <span className="skeleton skeleton--text skeleton--still" aria-hidden="true" />
        )}
      </p>
      {result.command !== null && (
        <div className="command">
          <code>
            <CommandWords command={`ccextractor ${result.command}`} />
          </code>
          <CopyButton value={`ccextractor ${result.command}`} what="Command" label="Copy command" />
        </div>
      )}
      <dl className="facts fact-pairs">
        <div>
          <dt>Exit code</dt>
          <dd>
            <ExitCode result={result} />
          </dd>
        </div>
        <div>
          <dt>Runtime</dt>
          <dd>{formatDuration(result.runtime_ms)}</dd>
        </div>
        {details.data ? (
          <>
            <div>
              <dt>Input</dt>
              <dd>
                <SafeText text={details.data.input_type} />
              </dd>
            </div>
            <div>
              <dt>Output</dt>
              <dd>
                <SafeText text={details.data.output_type} />
              </dd>
            </div>
          </>
        ) : (
          !details.isError && (
            // Their place while the details load, so the line does not wrap anew when they arrive.
            <>
              <div aria-hidden="true">
                <dt>Input</dt>
                <dd>
                  <span className="skeleton skeleton--short skeleton--still" />
                </dd>
              </div>
              <div aria-hidden="true">
                <dt>Output</dt>
                <dd>
                  <span className="skeleton skeleton--short skeleton--still" />
                </dd>
              </div>
            </>
          )
        )}
      </dl>
      {mismatch && filesMatch && (
        <p className="notice notice--fail">Every output file matches, but the exit code is wrong: this test fails.</p>
      )}
      {result.outputs.length === 0 && result.status === 'missing_output' ? (
        <MissingOutputs
          runId={runId}
          result={result}
          expected={details.data?.outputs}
          sampleName={result.sample_name ?? details.data?.sample_name}
        />
      ) : result.outputs.length === 0 ? (
        <p className="muted">
          {result.status === 'skipped' ? 'Skipped: this test produced no output files.' : 'This regression test has no output files.'}
        </p>
      ) : (
        <ul className="outputs-list" aria-label={`Output files of regression test ${result.regression_test_id}`}>
          {result.outputs.map((output) => (
            <li key={output.output_id}>
              {matchedVariant(result, output, details.data ? ignored.has(output.output_id) : undefined) ? (
                // The result passes although this file differs from the expected one: it equals an accepted variant.
                <StatusBadge tone="pass" title="The output differs from the expected file but equals one of its accepted variants">
                  matched variant
                </StatusBadge>
              ) : (
                <OutputStatusBadge status={output.status} />
              )}
              {ignored.has(output.output_id) && (
                <StatusBadge tone="neutral" title="The regression test ignores this output: its differences do not fail the test">
                  ignored
                </StatusBadge>
              )}
              {result.sample_id !== null ? (
                <Link
                  {...outputLink({
                    runId,
                    sampleId: result.sample_id,
                    regressionId: result.regression_test_id,
                    outputId: output.output_id,
                  })}
                  className="filename"
                >
                  <MiddleTruncate text={output.filename} />
                </Link>
              ) : (
                <span className="filename">
                  <MiddleTruncate text={output.filename} />
                </span>
              )}
              <span className="muted output-id">output {output.output_id}</span>
              <OutputViewed runId={runId} regressionId={result.regression_test_id} outputId={output.output_id} />
              {renderOutputExtra?.(output)}
            </li>
          ))}
        </ul>
      )}
      {historyPending && (
        <div aria-hidden="true">
          <p className="history-line">
            <span className="skeleton skeleton--text" />
          </p>
          <div className="history-strip history-strip--pending">
            <span className="skeleton skeleton--text" />
          </div>
        </div>
      )}
      {history && <p className="history-line">{history.text}</p>}
      {flaky && <p className="history-line">Flaky: {flaky}.</p>}
      {recent && result.sample_id !== null && (
        <HistoryStrip
          sampleId={result.sample_id}
          regressionId={result.regression_test_id}
          currentRunId={runId}
          entries={recent.entries}
          platform={recent.platform}
          outputId={details.data?.outputs[0]?.id ?? result.outputs[0]?.output_id}
        />
      )}
    </article>
  );
}

type MissingOutputsProps = {
  runId: number;
  result: RunSample;
  expected: RegressionTest['outputs'] | undefined;
  sampleName: string | null | undefined;
};

/**
 * The platform's own server lists no outputs for a result that produced none: the regression test names the files
 * it should have produced, each still openable (the output screen shows its expected file).
 */
function MissingOutputs({ runId, result, expected, sampleName }: MissingOutputsProps) {
  const label = `Missing outputs of regression test ${result.regression_test_id}`;
  return (
    <>
      <p className="notice notice--fail">
        Missing output: the test ran but produced no output file{expected && expected.length !== 1 ? 's' : ''}.
      </p>
      {expected === undefined ? (
        <p className="muted">Looking up the expected files…</p>
      ) : (
        <ul className="outputs-list" aria-label={label}>
          {expected.map((output) => {
            const name = baselineName(output, sampleName);
            return (
              <li key={output.id}>
                <OutputStatusBadge status="missing_output" />
                {result.sample_id !== null ? (
                  <Link
                    {...outputLink({ runId, sampleId: result.sample_id, regressionId: result.regression_test_id, outputId: output.id })}
                    className="filename"
                  >
                    <MiddleTruncate text={name} />
                  </Link>
                ) : (
                  <span className="filename">
                    <MiddleTruncate text={name} />
                  </span>
                )}
                <span className="muted output-id">expected file, output {output.id}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function OutputViewed(output: { runId: number; regressionId: number; outputId: number }) {
  return <ViewedMark viewed={useIsViewed(output) ? 1 : 0} />;
}

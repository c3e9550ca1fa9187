import { Link } from '@tanstack/react-router';
import { CopyButton } from '@/components/copy-button';
import { formatDuration } from '@/components/relative-time';
import { StatusBadge } from '@/components/status-badge';
import { OutputStatusBadge, VerdictBadge } from '@/components/verdict-badges';
import { exitCodeMismatch, exitCodeText, resultVerdict, type RunSample } from '@/lib/result-status';
import { useRegressionTest } from '../api/get-regression-test';

/** One regression test of the sample in this run: its command, exit codes and output files. */
export function RegressionResultCard({ runId, result }: { runId: number; result: RunSample }) {
  const details = useRegressionTest(result.regression_test_id);
  const mismatch = exitCodeMismatch(result);
  const sampleId = result.sample_id;
  return (
    <article className={`card result-card result-card--${resultVerdict(result)}`} aria-labelledby={`rt-${result.regression_test_id}`}>
      <header className="card__header">
        <h3 id={`rt-${result.regression_test_id}`}>Regression test {result.regression_test_id}</h3>
        <VerdictBadge verdict={resultVerdict(result)} />
        {result.categories.map((c) => (
          <span key={c} className="tag">
            {c}
          </span>
        ))}
      </header>
      {details.data?.description && <p>{details.data.description}</p>}
      {result.command !== null && (
        <div className="command">
          <code>ccextractor {result.command}</code>
          <CopyButton value={`ccextractor ${result.command}`} what="Command" label="Copy command" />
        </div>
      )}
      <dl className="facts facts--inline">
        <dt>Exit code</dt>
        <dd>
          {mismatch ? (
            <StatusBadge tone="fail">{exitCodeText(result)}</StatusBadge>
          ) : (
            <span>
              {result.exit_code ?? '—'} <span className="muted">(expected {result.expected_rc ?? '—'})</span>
            </span>
          )}
        </dd>
        <dt>Runtime</dt>
        <dd>{formatDuration(result.runtime_ms)}</dd>
      </dl>
      {result.outputs.length === 0 ? (
        <p className="muted">This regression test has no output files.</p>
      ) : (
        <ul className="outputs-list" aria-label={`Output files of regression test ${result.regression_test_id}`}>
          {result.outputs.map((output) => (
            <li key={output.output_id}>
              {sampleId !== null ? (
                <Link
                  to="/runs/$runId/samples/$sampleId/regressions/$regressionId/outputs/$outputId"
                  params={{
                    runId: String(runId),
                    sampleId: String(sampleId),
                    regressionId: String(result.regression_test_id),
                    outputId: String(output.output_id),
                  }}
                  className="filename"
                  title={output.filename}
                >
                  {output.filename}
                </Link>
              ) : (
                <span className="filename">{output.filename}</span>
              )}
              <OutputStatusBadge status={output.status} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

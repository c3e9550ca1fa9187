import './history-strip.css';
import { Link } from '@tanstack/react-router';
import { formatExact } from '@/components/relative-time';
import { known } from '@/lib/open-enum';
import { outputLink } from '@/lib/output-link';
import { resultStatusWord } from '@/lib/result-status';
import { RECENT_RESULTS } from '../flaky';
import type { HistoryEntry } from '../history-summary';

type Props = {
  sampleId: number;
  regressionId: number;
  /** The run on screen: its mark is outlined. */
  currentRunId: number;
  /** The sample's history, newest first (the API's order); the strip shows this platform's results. */
  entries: readonly HistoryEntry[];
  platform: string;
  /** The output a mark links to (the regression test's first); unknown until its details load: the run's sample. */
  outputId: number | undefined;
};

const MARKS: Record<string, string> = { pass: '✓', fail: '✗', missing_output: '∅' };

/** A regression test's last results, oldest to newest, each a link to that run's output, as a row of marks. */
export function HistoryStrip({ sampleId, regressionId, currentRunId, entries, platform, outputId }: Props) {
  const recent = entries
    .filter((e) => e.regression_test_id === regressionId && e.platform === platform)
    .slice(0, RECENT_RESULTS)
    .reverse();
  if (recent.length === 0) return null;
  return (
    <div className="history-strip">
      <span className="muted history-strip__label" id={`strip-${regressionId}`}>
        Last {recent.length} result{recent.length === 1 ? '' : 's'} on {platform}, newest last
      </span>
      <ol className="history-strip__marks" aria-labelledby={`strip-${regressionId}`}>
        {recent.map((entry) => {
          const status = known('ResultStatus', entry.status) ?? 'unknown';
          const when = Number.isNaN(Date.parse(entry.tested_at)) ? entry.tested_at : formatExact(new Date(entry.tested_at));
          const label = `Run ${entry.run_id}, ${entry.platform}, commit ${entry.commit_sha.slice(0, 7)}, ${when}: ${resultStatusWord(entry.status)}`;
          const link =
            outputId === undefined
              ? ({ to: '/runs/$runId/samples/$sampleId', params: { runId: String(entry.run_id), sampleId: String(sampleId) } } as const)
              : outputLink({ runId: entry.run_id, sampleId, regressionId, outputId });
          return (
            <li key={entry.run_id}>
              <Link
                {...link}
                className={`history-mark history-mark--${status}${entry.run_id === currentRunId ? ' history-mark--current' : ''}`}
                aria-label={label}
                aria-current={entry.run_id === currentRunId ? 'page' : undefined}
                title={label}
              >
                <span aria-hidden="true">{MARKS[status] ?? '·'}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

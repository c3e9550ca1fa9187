import './run-activity.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { RightButton } from '@/components/right-button';
import { Loading } from '@/components/query-state';
import { SafeText } from '@/components/safe-text';
import { isApiError } from '@/lib/api-error';
import { NEEDS, useRight } from '@/lib/write-rights';
import { useSampleLogs, type LogLevel, type LogLine } from '../api/get-sample-logs';

type Props = { runId: number; sampleId: number };

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warning', 'error', 'critical'];

/** "Logs" of a sample in a run: opened on request (scope system:read). */
export function SampleLogs({ runId, sampleId }: Props) {
  const right = useRight(NEEDS.readLogs);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="activity-section sample-logs" aria-label="Logs">
      <div className="sample-logs__bar">
        <RightButton right={right} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          {open ? 'Hide logs' : 'Logs'}
        </RightButton>
      </div>
      {open && right.allowed && (
        <div id={panelId}>
          <LogPanel runId={runId} sampleId={sampleId} />
        </div>
      )}
    </section>
  );
}

/** The platform's 404 for logs its CI worker does not store yet, or a log stored nowhere. */
function notAvailable(error: Error): string | null {
  if (!isApiError(error) || error.status !== 404 || error.unknownRoute) return null;
  const reason = typeof error.details.reason === 'string' ? error.details.reason : null;
  return reason ?? error.message;
}

function LogPanel({ runId, sampleId }: Props) {
  const [level, setLevel] = useState<LogLevel | undefined>(undefined);
  const logs = useSampleLogs(runId, sampleId, level, true);
  const levelId = useId();
  // Pages come newest first; each page's lines are oldest first: oldest pages go on top.
  const lines = useMemo(() => (logs.data ? [...logs.data.pages].reverse().flatMap((page) => page.data) : []), [logs.data]);

  const unavailable = logs.error ? notAvailable(logs.error) : null;
  return (
    <div className="log-panel">
      {unavailable === null && (
        <div className="log-panel__controls">
          <label htmlFor={levelId}>Level</label>
          <select
            id={levelId}
            value={level ?? ''}
            onChange={(event) => setLevel((event.target.value || undefined) as LogLevel | undefined)}
          >
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          {logs.data && (
            <span className="muted" aria-live="polite">
              {lines.length.toLocaleString('en')} line{lines.length === 1 ? '' : 's'}
              {logs.hasNextPage ? ' (older lines not loaded)' : ''}
            </span>
          )}
        </div>
      )}
      {unavailable !== null ? (
        <p className="notice notice--info" role="status">
          <strong>Logs not available.</strong> <SafeText text={unavailable} />
        </p>
      ) : logs.error && !logs.data ? (
        <ErrorState error={logs.error} what="the sample's logs" onRetry={() => void logs.refetch()} />
      ) : !logs.data ? (
        <Loading what="the logs" />
      ) : (
        <>
          {logs.hasNextPage && (
            <button type="button" className="button" disabled={logs.isFetchingNextPage} onClick={() => void logs.fetchNextPage()}>
              {logs.isFetchingNextPage ? 'Loading older lines…' : 'Load older lines'}
            </button>
          )}
          {logs.error && <ErrorState error={logs.error} what="older lines" onRetry={() => void logs.fetchNextPage()} />}
          {lines.length === 0 ? (
            <p className="empty">{level ? `No ${level} lines in this log.` : 'This log is empty.'}</p>
          ) : (
            <LogLines lines={lines} label={`Log of sample ${sampleId} in run ${runId}`} />
          )}
        </>
      )}
    </div>
  );
}

const ROW = 20;

/** Lines as plain text in a monospace box; only the rows in view are in the DOM, so thousands stay fast. */
export function LogLines({ lines, label }: { lines: readonly LogLine[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  // The box scrolls, not the window; this component is left unmemoized by the compiler, and nothing below it is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW,
    overscan: 20,
    initialRect: { width: 800, height: 448 },
  });
  // Older lines arrive on top: the lines in view stay where they were. The first lines open at the newest.
  const before = useRef<{ count: number; first: LogLine | undefined }>({ count: 0, first: undefined });
  useLayoutEffect(() => {
    const element = box.current;
    const previous = before.current;
    if (element) {
      if (previous.count === 0) element.scrollTop = element.scrollHeight;
      else if (lines.length > previous.count && lines[lines.length - previous.count] === previous.first)
        element.scrollTop += (lines.length - previous.count) * ROW;
    }
    before.current = { count: lines.length, first: lines[0] };
  }, [lines]);
  return (
    <div ref={box} className="log-lines" role="log" aria-label={label} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const line = lines[row.index];
          if (!line) return null;
          return (
            <div key={row.key} className={`log-line log-line--${line.level}`} style={{ transform: `translateY(${row.start}px)` }}>
              <span className="log-line__time">{line.timestamp.replace('T', ' ').replace(/(\.\d+)?Z$/, '')}</span>{' '}
              <span className="log-line__level">{line.level.toUpperCase().padEnd(8)}</span>
              <SafeText text={line.message} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

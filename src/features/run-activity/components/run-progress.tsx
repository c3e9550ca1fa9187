import './run-activity.css';
import { useEffect, useRef } from 'react';
import { MalformedItems } from '@/components/malformed-items';
import { QueryState } from '@/components/query-state';
import { RelativeTime } from '@/components/relative-time';
import { SafeText } from '@/components/safe-text';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { useRunProgress } from '../api/get-run-progress';
import { progressWord } from '../lib/words';
import { ActivitySection } from './activity-section';

type Props = { runId: number; /** Queued or running: shown open and read again while the tab is visible. */ live: boolean };

/**
 * "Progress": the platform's progress events, newest last. A queued or running run shows them and reads them again
 * while the tab is visible, until the run ends; a finished run keeps them one click away.
 */
export function RunProgress({ runId, live }: Props) {
  const queryClient = useQueryClient();
  // The run just ended: its last event (completed, canceled) is read once more.
  const wasLive = useRef(live);
  useEffect(() => {
    if (wasLive.current && !live) void queryClient.invalidateQueries({ queryKey: queryKeys.runs.progress(runId) });
    wasLive.current = live;
  }, [live, runId, queryClient]);
  return (
    // Keyed by liveness: a run that starts or ends opens or closes its progress with it.
    <ActivitySection
      key={live ? 'live' : 'ended'}
      title="Progress"
      initiallyOpen={live}
      note={live ? <span className="muted"> · updates while this tab is visible</span> : null}
    >
      {() => <ProgressEvents runId={runId} live={live} />}
    </ActivitySection>
  );
}

function ProgressEvents({ runId, live }: Props) {
  const progress = useRunProgress(runId, live);
  return (
    <QueryState query={progress} what="the run's progress">
      {(data) =>
        data.events.length === 0 && data.malformed.length === 0 ? (
          <p className="empty">The platform has recorded no progress for this run{live ? ' yet' : ''}.</p>
        ) : (
          <>
            <ol className="progress-list" aria-label={`Progress of run ${runId}, newest last`}>
              {data.events.map((event, index) => (
                <li key={`${event.timestamp}-${index}`} className="progress-list__item">
                  <span className="badge badge--neutral progress-list__status">{progressWord(event.status)}</span>
                  <span className="progress-list__message">
                    <SafeText text={event.message} />
                    {event.step !== undefined && event.step !== null && <span className="muted"> · step {event.step}</span>}
                  </span>
                  <RelativeTime value={event.timestamp} />
                </li>
              ))}
            </ol>
            <MalformedItems items={data.malformed} noun="event" />
            {!data.complete && <p className="muted">The list was cut short: the platform sent more events than the viewer reads.</p>}
          </>
        )
      }
    </QueryState>
  );
}

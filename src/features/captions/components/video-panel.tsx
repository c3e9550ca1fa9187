// The sample playing beside the cue view (loaded only when "Play with video" is pressed): the expected and actual
// captions as two text tracks, the cue table following the playback, and the keys space, [ and ].
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { QueryState } from '@/components/query-state';
import { useToast } from '@/components/toast';
import { useShortcuts } from '@/hooks/use-shortcuts';
import { useSampleDownload } from '../api/get-sample-download';
import type { AlignedRow } from '../lib/aligned-row';
import type { ParseResult } from '../lib/cue';
import {
  currentRows,
  differingRow,
  followingAfterScroll,
  leadingRow,
  loopRange,
  NO_CURRENT_ROWS,
  playbackIndex,
  playFromSeconds,
  sameCurrentRows,
  shouldScroll,
  type CurrentRows,
  type Side,
} from '../lib/follow';
import {
  browserMedia,
  containerOf,
  mediaErrorReason,
  playPlan,
  probeTransportStream,
  readHead,
  type PlayPlan,
  type TsProbe,
} from '../lib/media-support';
import { buildWebVtt } from '../lib/webvtt';
import './video-panel.css';

/** How much of a transport stream's start is read for its program map. */
const PROBE_BYTES = 256 * 1024;
/** A scroll within this long of the table's own is the table's, not the reader's. */
const OWN_SCROLL_MS = 600;

export type PlayerControls = { playFrom: (row: AlignedRow) => void };

export type VideoPanelProps = {
  sampleId: number;
  expected: ParseResult;
  actual: ParseResult;
  /** The rows the table shows (the filter applied), in order. */
  rows: readonly AlignedRow[];
  /** The differing row playing in a loop, or null. */
  loop: AlignedRow | null;
  onCurrent: (current: CurrentRows) => void;
  onReady: (controls: PlayerControls | null) => void;
  /** Whether a row (by its position among `rows`) is wholly in view, and scrolling it there. */
  rowInView: (row: number) => boolean;
  scrollToRow: (row: number) => void;
  onClose: () => void;
};

export default function VideoPanel(props: VideoPanelProps) {
  const download = useSampleDownload(props.sampleId);
  // Kept on screen under the app's sticky header on wide screens (video-panel.css).
  const [top] = useState(() => document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0);
  return (
    <section className="video-panel" aria-label="Video" style={{ '--video-panel-top': `${top}px` } as CSSProperties}>
      <QueryState query={download} what="where the sample is">
        {(file) =>
          file.download_url === null ? (
            <Unplayable onClose={props.onClose}>
              <p className="notice notice--info" role="status">
                The sample is only on the platform's disk ({file.filename}): there is no copy here to play.
              </p>
            </Unplayable>
          ) : (
            <Player {...props} url={file.download_url} filename={file.filename} />
          )
        }
      </QueryState>
    </section>
  );
}

function Unplayable({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <div className="video-panel__message">
      {children}
      <button type="button" className="button button--quiet" onClick={onClose}>
        Close the video
      </button>
    </div>
  );
}

/** The plan for this file: from its name, and for a transport stream from its first bytes (one range request). */
function usePlayPlan(url: string, filename: string): PlayPlan | null {
  const container = containerOf(filename);
  const [probe, setProbe] = useState<{ url: string; result: TsProbe | null | undefined } | null>(null);
  useEffect(() => {
    if (container !== 'mpegts') return;
    const abort = new AbortController();
    readHead(url, PROBE_BYTES, abort.signal).then(
      (bytes) => setProbe({ url, result: probeTransportStream(bytes) }),
      // Unreadable here (a storage without CORS): mpegts.js tries, and its failure says why.
      () => !abort.signal.aborted && setProbe({ url, result: undefined }),
    );
    return () => abort.abort();
  }, [url, container]);
  if (container === 'mpegts' && probe?.url !== url) return null;
  return playPlan(container, probe?.result, browserMedia());
}

function Player(props: VideoPanelProps & { url: string; filename: string }) {
  const { url, filename, onClose } = props;
  const plan = usePlayPlan(url, filename);
  const [failure, setFailure] = useState<string | null>(null);
  const reason = plan?.kind === 'cannot' ? plan.reason : failure;
  if (!plan) return <p className="muted">Reading the start of the sample…</p>;
  if (reason) {
    return (
      <Unplayable onClose={onClose}>
        <p className="notice notice--warn" role="status">
          This browser cannot play this sample ({reason}).{' '}
          <a href={url} download={filename} rel="noreferrer">
            Download the sample
          </a>{' '}
          <span className="muted">({filename})</span>
        </p>
      </Unplayable>
    );
  }
  return <Playback {...props} mse={plan.kind === 'mpegts'} onFailure={setFailure} />;
}

const TRACK_LABELS: Record<Side, string> = { expected: 'Expected', actual: 'Actual' };

/** Errors of the <video> element, and a transport stream loaded into it through mpegts.js (a chunk of its own). */
function useSource(videoRef: RefObject<HTMLVideoElement | null>, url: string, mse: boolean, onFailure: (reason: string) => void) {
  const fail = useRef(onFailure);
  useEffect(() => {
    fail.current = onFailure;
  });
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const onError = () => fail.current(mediaErrorReason(video.error));
    video.addEventListener('error', onError);
    const live: { player: { destroy: () => void } | null; cancelled: boolean } = { player: null, cancelled: false };
    if (mse) {
      import('mpegts.js').then(
        ({ default: mpegts }) => {
          if (live.cancelled) return;
          // Its debug and info lines are for its developers; warnings and errors still reach the console.
          mpegts.LoggingControl.enableDebug = false;
          mpegts.LoggingControl.enableInfo = false;
          mpegts.LoggingControl.enableVerbose = false;
          // Reads the file with range requests as it plays, never whole; its buffer is trimmed behind the playhead.
          const player = mpegts.createPlayer(
            { type: 'mpegts', isLive: false, url },
            { enableWorker: false, lazyLoad: true, lazyLoadMaxDuration: 120, autoCleanupSourceBuffer: true, seekType: 'range' },
          );
          player.on(mpegts.Events.ERROR, (type: string, detail: string) => fail.current(`${type}: ${detail}`));
          player.attachMediaElement(video);
          player.load();
          live.player = player;
        },
        () => fail.current('the MPEG-TS player could not be loaded'),
      );
    }
    return () => {
      live.cancelled = true;
      video.removeEventListener('error', onError);
      live.player?.destroy();
    };
  }, [videoRef, url, mse]);
}

/** Space on a button, link or the video's own controls is theirs. */
const isControl = (target: EventTarget | null) =>
  target instanceof Element && !!target.closest('button, a[href], summary, video, audio, [role="button"], [role="slider"], [role="radio"]');

function Playback(props: VideoPanelProps & { url: string; filename: string; mse: boolean; onFailure: (reason: string) => void }) {
  const { url, filename, mse, expected, actual, rows, loop, onCurrent, onReady, rowInView, scrollToRow, onClose, onFailure } = props;
  const videoRef = useRef<HTMLVideoElement>(null);
  const trackRefs = useRef<Record<Side, HTMLTrackElement | null>>({ expected: null, actual: null });
  // Both files as WebVTT in object URLs on the two <track> elements, revoked when the cues change or the player closes.
  useEffect(() => {
    const made: string[] = [];
    for (const side of ['expected', 'actual'] as const) {
      const result = side === 'expected' ? expected : actual;
      const trackUrl = URL.createObjectURL(new Blob([buildWebVtt(result.cues, result.format)], { type: 'text/vtt' }));
      made.push(trackUrl);
      const element = trackRefs.current[side];
      if (element) element.src = trackUrl;
    }
    return () => made.forEach((made) => URL.revokeObjectURL(made));
  }, [expected, actual]);
  const [shown, setShown] = useState<Side | 'off'>('expected');
  const [following, setFollowing] = useState(true);
  const notify = useToast();
  useSource(videoRef, url, mse, onFailure);

  // The latest of everything the event handlers below read, without re-subscribing on every render.
  const index = useMemo(() => playbackIndex(rows), [rows]);
  const state = useRef({
    index,
    rows,
    loop,
    shown,
    following,
    current: NO_CURRENT_ROWS,
    ownScrollUntil: 0,
    loopSeek: false,
    onCurrent,
    rowInView,
    scrollToRow,
  });
  useEffect(() => {
    Object.assign(state.current, { index, rows, loop, shown, following, onCurrent, rowInView, scrollToRow });
  });

  // Which track shows: the radio buttons here, or the browser's own captions menu.
  useEffect(() => {
    const list = videoRef.current?.textTracks;
    if (!list) return;
    const apply = () => {
      for (const track of Array.from(list)) {
        const side = track.label === 'Expected' ? 'expected' : track.label === 'Actual' ? 'actual' : null;
        if (side) track.mode = side === shown ? 'showing' : 'disabled';
      }
    };
    apply();
    // The <track> elements may register their TextTracks after this effect: apply again when they do.
    list.addEventListener('addtrack', apply);
    const fromMenu = () => {
      const showing = Array.from(list).find((track) => track.mode === 'showing');
      const side = showing?.label === 'Expected' ? 'expected' : showing?.label === 'Actual' ? 'actual' : 'off';
      setShown((was) => (was === side ? was : side));
    };
    list.addEventListener('change', fromMenu);
    return () => {
      list.removeEventListener('addtrack', apply);
      list.removeEventListener('change', fromMenu);
    };
  }, [shown]);

  // The clock: every frame while playing, and on every seek. Reports the current rows when they change, keeps the
  // leading one in view while following, and holds a loop.
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const s0 = state.current;
    let frame = 0;
    const tick = () => {
      const s = state.current;
      const ms = video.currentTime * 1000;
      if (s.loop && !video.paused) {
        const range = loopRange(s.loop);
        if (video.currentTime >= range.to || video.currentTime < range.from - 0.5) {
          // The loop's own seek: it leaves the following as the reader set it.
          s.loopSeek = true;
          video.currentTime = range.from;
        }
      }
      const now = currentRows(s.index, ms);
      if (!sameCurrentRows(now, s.current)) {
        s.current = now;
        s.onCurrent(now);
        const lead = leadingRow(now, s.shown === 'off' ? 'expected' : s.shown);
        if (lead >= 0 && shouldScroll({ following: s.following, rowInView: s.rowInView(lead) })) {
          s.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
          s.scrollToRow(lead);
        }
      }
      if (!video.paused) frame = requestAnimationFrame(tick);
    };
    const start = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(tick);
    };
    // The video's own seek bar is a jump too: follow again (not the loop going round).
    const onSeeked = () => {
      if (state.current.loopSeek) state.current.loopSeek = false;
      else {
        setFollowing(true);
        state.current.following = true;
      }
      start();
    };
    video.addEventListener('play', start);
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('loadedmetadata', start);
    return () => {
      cancelAnimationFrame(frame);
      video.removeEventListener('play', start);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('loadedmetadata', start);
      s0.onCurrent(NO_CURRENT_ROWS);
      s0.current = NO_CURRENT_ROWS;
    };
  }, []);

  // The reader scrolling elsewhere stops the following; scrolling the current row back into view resumes it.
  useEffect(() => {
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      // Looked at once the scrolling settles, and never in the middle of the table's own scroll: after it, the
      // current row is in view and the table still follows; after the reader's, it may not be.
      const wait = Math.max(150, state.current.ownScrollUntil - performance.now());
      timer = window.setTimeout(() => {
        const s = state.current;
        const lead = leadingRow(s.current, s.shown === 'off' ? 'expected' : s.shown);
        const next = followingAfterScroll({ currentRow: lead, rowInView: lead >= 0 && s.rowInView(lead) });
        s.following = next;
        setFollowing(next);
      }, wait);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, []);

  const playFrom = (row: AlignedRow) => {
    const video = videoRef.current;
    if (!video) return;
    state.current.following = true;
    setFollowing(true);
    video.currentTime = playFromSeconds(row);
    void video.play().catch(() => undefined);
  };
  const latestPlayFrom = useRef(playFrom);
  useEffect(() => {
    latestPlayFrom.current = playFrom;
  });
  useEffect(() => {
    onReady({ playFrom: (row) => latestPlayFrom.current(row) });
    return () => onReady(null);
  }, [onReady]);

  const jump = (direction: 1 | -1) => {
    const video = videoRef.current;
    if (!video) return false;
    const at = differingRow(rows, video.currentTime * 1000, direction);
    const row = rows[at];
    if (!row) {
      notify(direction === 1 ? 'No differing cue after this point' : 'No differing cue before this point');
      return;
    }
    playFrom(row);
  };
  useShortcuts({
    ' ': (event) => {
      const video = videoRef.current;
      if (!video || isControl(event.target)) return false;
      if (video.paused) void video.play().catch(() => undefined);
      else video.pause();
    },
    ']': () => jump(1),
    '[': () => jump(-1),
  });

  const backToCurrent = () => {
    const s = state.current;
    const lead = leadingRow(s.current, s.shown === 'off' ? 'expected' : s.shown);
    s.following = true;
    setFollowing(true);
    if (lead >= 0) {
      s.ownScrollUntil = performance.now() + OWN_SCROLL_MS;
      scrollToRow(lead);
    }
  };

  return (
    <div className="video-panel__body">
      <div className="video-panel__media">
        {/* A transport stream gets its source from mpegts.js (a MediaSource); anything else plays from its URL. */}
        <video ref={videoRef} src={mse ? undefined : url} controls playsInline preload="metadata" aria-label={`The sample ${filename}`}>
          <track
            ref={(element) => {
              trackRefs.current.expected = element;
            }}
            kind="subtitles"
            label={TRACK_LABELS.expected}
            srcLang="en"
            default
          />
          <track
            ref={(element) => {
              trackRefs.current.actual = element;
            }}
            kind="subtitles"
            label={TRACK_LABELS.actual}
            srcLang="en"
          />
        </video>
      </div>
      <div className="video-panel__side">
        <fieldset className="video-panel__tracks">
          <legend>Captions on the video</legend>
          {(['expected', 'actual', 'off'] as const).map((side) => (
            <label key={side}>
              <input type="radio" name="video-track" value={side} checked={shown === side} onChange={() => setShown(side)} />
              {side === 'off' ? 'None' : TRACK_LABELS[side]}
            </label>
          ))}
        </fieldset>
        <p className="hint">
          <kbd className="kbd">Space</kbd> plays or pauses, <kbd className="kbd">[</kbd> and <kbd className="kbd">]</kbd> go to the previous
          or next differing cue.
          {mse && ' This transport stream loads from its start: a jump ahead waits until the player has read that far.'}
        </p>
        <p className="video-panel__follow" role="status">
          {following ? (
            'The cue table follows the video.'
          ) : (
            <button type="button" className="button button--quiet" onClick={backToCurrent}>
              Back to the playing cue
            </button>
          )}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close the video
        </button>
      </div>
    </div>
  );
}

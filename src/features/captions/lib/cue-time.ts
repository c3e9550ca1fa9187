// Cue times as people read them: `00:01:02.290`. Transcript cues carry epoch
// milliseconds; their time of day (UTC) is what a recording's clock shows.
import { formatNumber } from '@/lib/format-count';
import { signedMs } from './format-number';

const DAY_MS = 86_400_000;

export function formatCueTime(ms: number): string {
  const t = ms >= DAY_MS * 365 ? ms % DAY_MS : ms;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(t / 3_600_000);
  return `${pad(h)}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}`;
}

/** One delta when start and end moved alike ("+33 ms"), both otherwise ("+33 ms / -12 ms"). */
export function formatDelta(startMs: number, endMs: number): string {
  return startMs === endMs ? signedMs(startMs) : `${signedMs(startMs)} / ${signedMs(endMs)}`;
}

/** For screen readers: "33 ms late", "start 33 ms late, end 12 ms early". */
export function describeDelta(startMs: number, endMs: number): string {
  const one = (ms: number) => (ms === 0 ? 'on time' : `${formatNumber(Math.abs(ms))} ms ${ms > 0 ? 'late' : 'early'}`);
  return startMs === endMs ? one(startMs) : `start ${one(startMs)}, end ${one(endMs)}`;
}

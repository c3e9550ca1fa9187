// The `start --> end [settings]` line shared by SubRip and WebVTT. Any line
// with an arrow is meant as a timing line, so a bad one is reported, not read as text.
import { parseClock } from './timestamp';

export type TimingLine = { ok: true; start: number; end: number; settings: string } | { ok: false; reason: string };

const TIMING = /^\s*(\S+?)\s*-->\s*(\S+)(.*)$/;

export function isTimingLine(line: string): boolean {
  return line.includes('-->');
}

export function parseTimingLine(line: string): TimingLine {
  const m = TIMING.exec(line);
  if (!m) return { ok: false, reason: 'timing line without two times' };
  const start = parseClock(m[1] ?? '');
  const end = parseClock(m[2] ?? '');
  if (start === null || end === null) return { ok: false, reason: `unreadable time in "${line.trim()}"` };
  // SubRip coordinates (X1:…) and WebVTT settings (align:start) are kept as written.
  return { ok: true, start, end, settings: (m[3] ?? '').trim().replace(/\s+/g, ' ') };
}

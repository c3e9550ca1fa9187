// A caption file as WebVTT, for a <track> beside the sample's video: the browser shows the cues of whichever
// track is on. Built from the cues the cue view parsed (SubRip, WebVTT, SSA/ASS, timed transcripts), so the track
// says exactly what the table says.
import type { CaptionFormat, Cue } from './cue';
export { hasMediaTimes } from './media-times';
import { decodeEntities } from './decode-entities';

/** `01:02:03.456`; WebVTT allows more than two digits of hours. */
export function vttTime(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}`;
}

// The tags WebVTT shows as formatting; every other tag (<font>, <c.yellow>, <v Bob>, karaoke times) is dropped.
const KEPT_TAG = /^<(\/?)([ibu])>$/i;
const ANY_TAG = /<\/?[A-Za-z][^<>]*>|<\d{1,2}:[\d:.]+>/g;
// SSA override blocks ({\an8}, {\i1}), which also turn up in SubRip files.
const OVERRIDE = /\{\\[^{}]*\}/g;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of cue text: entities decoded then escaped again, <i>/<b>/<u> kept, other markup dropped. */
function vttLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(ANY_TAG)) {
    out += escapeText(decodeEntities(line.slice(last, match.index)));
    const kept = KEPT_TAG.exec(match[0]);
    if (kept) out += `<${kept[1]}${(kept[2] ?? '').toLowerCase()}>`;
    last = match.index + match[0].length;
  }
  return out + escapeText(decodeEntities(line.slice(last)));
}

/** The cue's text as WebVTT cue text: never a blank line (it would end the cue), never a "-->" (escaped). */
export function vttCueText(cue: Cue, format: CaptionFormat): string {
  const raw = format === 'ass' ? cue.text.replace(/\\[Nn]/g, '\n').replace(/\\h/g, '\u00a0') : cue.text;
  return raw
    .replace(OVERRIDE, '')
    .split(/\r?\n|\r/)
    .map((line) => vttLine(line).trimEnd())
    .filter((line) => line.replace(/<[^>]*>/g, '').trim() !== '')
    .join('\n');
}

// WebVTT cue settings as a WebVTT file writes them; anything else in a cue's meta is not WebVTT's.
const SETTINGS = /^(?:\s*(?:vertical|line|position|size|align|region):[^\s:]+)+\s*$/;

/**
 * The whole file as WebVTT. Each cue keeps its position in the file as its identifier (`17`), so a track cue leads
 * back to its row. Cues are ordered by start (WebVTT wants them so; overlapping cues stay overlapping), times before
 * zero start at zero, and a cue that ends where it starts (or earlier) lasts 1 ms, as a browser would drop it.
 */
export function buildWebVtt(cues: readonly Cue[], format: CaptionFormat): string {
  const ordered = [...cues].sort((a, b) => a.start - b.start || a.index - b.index);
  const blocks = ordered.map((cue) => {
    const start = Math.max(0, cue.start);
    const end = Math.max(cue.end, start + 1);
    const settings = format === 'vtt' && cue.meta && SETTINGS.test(cue.meta) ? ` ${cue.meta.trim()}` : '';
    const text = vttCueText(cue, format);
    return `${cue.index}\n${vttTime(start)} --> ${vttTime(end)}${settings}${text ? `\n${text}` : ''}`;
  });
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}

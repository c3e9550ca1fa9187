// Caption files as CCExtractor writes them, built from a list of cues so that a "regression" is a change to the
// cues (a timing shift, a changed word, a dropped or extra cue) rendered in the output's format.
import { DRAMA_LINES, GERMAN_LINES, NEWS_LINES, SPANISH_LINES, WORD_SWAPS, XDS_LINES } from './caption-phrases';
import { rng } from './prng';

export type Cue = { start: number; end: number; lines: string[] };
export type CaptionStyle = 'news' | 'rollup' | 'drama' | 'german' | 'spanish';
export type CaptionFormat = 'srt' | 'vtt' | 'ttxt' | 'xml' | 'json';

const BANKS: Record<CaptionStyle, readonly string[]> = {
  news: NEWS_LINES,
  rollup: NEWS_LINES,
  drama: DRAMA_LINES,
  german: GERMAN_LINES,
  spanish: SPANISH_LINES,
};

/** Times fall on NTSC frames (1001/30 ms), as real caption timings do. */
const frameMs = (frame: number) => Math.round((frame * 1001) / 30);

export function makeCues(seed: string, count: number, style: CaptionStyle): Cue[] {
  const r = rng(seed);
  const bank = BANKS[style];
  const cues: Cue[] = [];
  let frame = r.int(20, 90);
  let previous = r.pick(bank);
  for (let i = 0; i < count; i++) {
    const length = r.int(36, 135);
    const line = r.pick(bank);
    let lines: string[];
    if (style === 'rollup') lines = [previous, line];
    else if (r.chance(0.45)) {
      const second = r.pick(bank);
      lines = second === line ? [line] : [line, second];
    } else lines = [line];
    if (style === 'news' && r.chance(0.06)) lines = lines.map((text) => `<font color="#ffff00">${text}</font>`);
    cues.push({ start: frameMs(frame), end: frameMs(frame + length), lines });
    previous = line;
    frame += length + (style === 'rollup' ? 1 : r.int(1, 24));
  }
  return cues;
}

export type Mutation =
  | { kind: 'shift'; ms: number; from?: number; to?: number }
  | { kind: 'drift'; msPerCue: number }
  | { kind: 'word'; cue: number }
  | { kind: 'extra'; cue: number; text: string }
  | { kind: 'drop'; cue: number }
  | { kind: 'strip-tags' }
  | { kind: 'pad'; every: number; pad: string };

export function mutate(cues: readonly Cue[], mutations: readonly Mutation[]): Cue[] {
  let out = cues.map((cue) => ({ ...cue, lines: [...cue.lines] }));
  for (const m of mutations) {
    switch (m.kind) {
      case 'shift':
        out.forEach((cue, i) => {
          if (i >= (m.from ?? 0) && i < (m.to ?? out.length)) {
            cue.start += m.ms;
            cue.end += m.ms;
          }
        });
        break;
      case 'drift':
        out.forEach((cue, i) => {
          cue.start += Math.round(i * m.msPerCue);
          cue.end += Math.round(i * m.msPerCue);
        });
        break;
      case 'word':
        changeWord(out, m.cue);
        break;
      case 'extra': {
        const at = Math.min(m.cue, out.length);
        const before = out[at - 1];
        const start = before ? before.end + 33 : 0;
        out.splice(at, 0, { start, end: start + 1001, lines: [m.text] });
        break;
      }
      case 'drop':
        out.splice(Math.min(m.cue, out.length - 1), 1);
        break;
      case 'strip-tags':
        out = out.map((cue) => ({ ...cue, lines: cue.lines.map(stripTags) }));
        break;
      case 'pad':
        out.forEach((cue, i) => {
          if (i % m.every === 0) cue.lines = cue.lines.map((line, j) => (j === cue.lines.length - 1 ? line + m.pad : line));
        });
        break;
    }
  }
  return out;
}

function changeWord(cues: Cue[], from: number): void {
  for (let i = Math.min(from, cues.length - 1); i < cues.length; i++) {
    const cue = cues[i] as Cue;
    for (let j = 0; j < cue.lines.length; j++) {
      const line = cue.lines[j] as string;
      const swap = WORD_SWAPS.find(([word]) => line.includes(word));
      if (swap) {
        cue.lines[j] = line.replace(swap[0], swap[1]);
        return;
      }
    }
  }
  const cue = cues[Math.min(from, cues.length - 1)];
  if (cue) cue.lines[0] = (cue.lines[0] ?? '').replace(/(\w)(\w)/, '$2$1');
}

export function stripTags(text: string): string {
  return text.replace(/<\/?(font|i|b|u)\b[^>]*>/g, '');
}

function clock(ms: number, separator: string): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

/** `--ucla`-style transcript time: the broadcast's wall clock, e.g. 20160211030008.506. */
function wallClock(baseEpochMs: number, ms: number): string {
  const d = new Date(baseEpochMs + ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

export type RenderOptions = {
  /** CCExtractor writes CRLF unless given `-lf`. */
  eol: '\r\n' | '\n';
  finalNewline?: boolean;
  /** Transcript mode column: CC1, or a teletext page such as 888. */
  mode?: string;
  /** Transcript wall-clock origin (ms since epoch). */
  baseEpochMs?: number;
  /** Interleave XDS packets in a transcript (`--xds`). */
  xds?: boolean;
  title?: string;
};

export function render(format: CaptionFormat, cues: readonly Cue[], options: RenderOptions): string {
  const { eol } = options;
  const out: string[] = [];
  switch (format) {
    case 'srt':
      cues.forEach((cue, i) => out.push(String(i + 1), `${clock(cue.start, ',')} --> ${clock(cue.end, ',')}`, ...cue.lines, ''));
      break;
    case 'vtt':
      out.push('WEBVTT', '');
      for (const cue of cues) out.push(`${clock(cue.start, '.')} --> ${clock(cue.end, '.')} line:85%`, ...cue.lines, '');
      break;
    case 'ttxt': {
      const base = options.baseEpochMs ?? Date.UTC(2016, 1, 11, 3, 0, 0);
      const mode = options.mode ?? 'CC1';
      cues.forEach((cue, i) => {
        if (options.xds && i % 12 === 0) {
          const packet = XDS_LINES[(i / 12) % XDS_LINES.length] as string;
          out.push(`${wallClock(base, cue.start)}|${wallClock(base, cue.start)}|${packet}`);
        }
        for (const line of cue.lines) out.push(`${wallClock(base, cue.start)}|${wallClock(base, cue.end)}|${mode}|${stripTags(line)}`);
      });
      break;
    }
    case 'xml':
      out.push(
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en">',
        '  <head>',
        '    <styling>',
        '      <style xml:id="speakerStyle" tts:fontFamily="proportionalSansSerif" tts:fontSize="150%" tts:textAlign="center" tts:displayAlign="center" tts:color="white" tts:backgroundColor="black"/>',
        '    </styling>',
        '  </head>',
        '  <body>',
        '    <div>',
      );
      for (const cue of cues) {
        const text = cue.lines.map((line) => escapeXml(stripTags(line))).join('<br/>');
        out.push(`      <p begin="${clock(cue.start, '.')}" end="${clock(cue.end, '.')}" style="speakerStyle">${text}</p>`);
      }
      out.push('    </div>', '  </body>', '</tt>');
      break;
    case 'json': {
      const body = {
        source: options.title ?? 'input',
        captions: cues.map((cue) => ({ start_ms: cue.start, end_ms: cue.end, text: cue.lines.map(stripTags) })),
      };
      out.push(...JSON.stringify(body, null, 2).split('\n'));
      break;
    }
  }
  const text = out.join(eol) + eol;
  return options.finalNewline === false ? text.slice(0, -eol.length) : text;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

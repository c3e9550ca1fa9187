// The shared shape every caption parser produces, so alignment and the verdict
// never need to know which format a cue came from.
import { plainText } from './plain-text';

export type CaptionFormat = 'srt' | 'vtt' | 'transcript' | 'ass';

export interface Cue {
  /** 1-based position among the file's readable cues (not the number written in the file). */
  index: number;
  /** Milliseconds. Timed transcripts use milliseconds since the Unix epoch (UTC). */
  start: number;
  end: number;
  /** The text as written (tags and entities kept); lines joined with "\n". */
  text: string;
  /** Tags stripped, entities decoded, whitespace collapsed: what a viewer reads. */
  plain: string;
  /** 1-based line of the file where the cue starts (its identifier line if it has one). */
  line: number;
  /** The identifier written before the timing line (SubRip number, WebVTT cue id), if any. */
  id?: string;
  /** Non-text extras that change presentation: WebVTT cue settings, transcript mode, ASS style. */
  meta?: string;
}

export interface BadBlock {
  /** 1-based line where the unreadable block starts. */
  line: number;
  reason: string;
}

export interface ParseResult {
  format: CaptionFormat;
  cues: Cue[];
  badBlocks: BadBlock[];
}

export interface CueFields {
  start: number;
  end: number;
  text: string;
  line: number;
  id?: string | null;
  meta?: string | null;
  /** Only when the format needs its own plain-text rules (ASS `\N`, `{\i1}`). */
  plain?: string;
}

/** Builds the next cue of `cues`, numbering it and deriving its plain text. */
export function pushCue(cues: Cue[], fields: CueFields): Cue {
  const cue: Cue = {
    index: cues.length + 1,
    start: fields.start,
    end: fields.end,
    text: fields.text,
    plain: fields.plain ?? plainText(fields.text),
    line: fields.line,
  };
  // Optional keys are left out rather than undefined so cues compare with toEqual.
  if (fields.id) cue.id = fields.id;
  if (fields.meta) cue.meta = fields.meta;
  cues.push(cue);
  return cue;
}

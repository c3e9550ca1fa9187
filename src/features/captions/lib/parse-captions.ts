// One entry point from a detected format to its parser.
import type { CaptionFormat, ParseResult } from './cue';
import { parseAss } from './parse-ass';
import { parseSrt } from './parse-srt';
import { parseTranscript } from './parse-transcript';
import { parseVtt } from './parse-vtt';

const PARSERS: Readonly<Record<CaptionFormat, (text: string) => ParseResult>> = {
  srt: parseSrt,
  vtt: parseVtt,
  transcript: parseTranscript,
  ass: parseAss,
};

export function parseCaptions(text: string, format: CaptionFormat): ParseResult {
  return PARSERS[format](text);
}

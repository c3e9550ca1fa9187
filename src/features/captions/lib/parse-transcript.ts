// CCExtractor timed transcripts (`--out=ttxt`, `--ucla`): one caption per line
// as `start|end|mode|text`, e.g. `20160211030008.506|20160211030010.308|CC1|HELLO`.
// UCLA output adds a caption-style column (POP, RU2…) and header/footer lines
// such as `TOP|…`, `SRC|…`, `END|…` that are not captions.
import { pushCue, type BadBlock, type Cue, type ParseResult } from './cue';
import { isBlank, splitLines } from './split-lines';
import { parseClock, parseDateStamp } from './timestamp';

const STYLE_COLUMN = /^(?:POP|PAC|PON|RU[1-4]|TXT)$/;
const METADATA = /^[A-Z]{3}$/;

function parseTime(token: string): number | null {
  return parseDateStamp(token) ?? parseClock(token);
}

export function parseTranscript(text: string): ParseResult {
  const cues: Cue[] = [];
  const badBlocks: BadBlock[] = [];
  splitLines(text).forEach((line, i) => {
    if (isBlank(line)) return;
    const fields = line.split('|');
    const [first = '', second = '', mode = ''] = fields;
    if (METADATA.test(first)) return;
    const start = parseTime(first);
    const end = parseTime(second);
    if (fields.length < 4 || start === null || end === null) {
      badBlocks.push({ line: i + 1, reason: fields.length < 4 ? 'not start|end|mode|text' : 'unreadable time' });
      return;
    }
    let rest = fields.slice(3);
    let meta = mode;
    if (rest.length >= 2 && STYLE_COLUMN.test(rest[0] ?? '')) {
      meta = `${mode}|${rest[0] ?? ''}`;
      rest = rest.slice(1);
    }
    // The text itself may contain "|".
    pushCue(cues, { start, end, text: rest.join('|'), line: i + 1, meta });
  });
  return { format: 'transcript', cues, badBlocks };
}

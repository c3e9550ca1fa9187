// SSA/ASS: only `Dialogue:` lines carry captions. Their columns come from the
// `Format:` line of [Events] (SSA v4 starts with Marked=, ASS with Layer), and
// the Text column is last, so it keeps any commas it contains.
import { pushCue, type BadBlock, type Cue, type ParseResult } from './cue';
import { plainText } from './plain-text';
import { splitLines } from './split-lines';
import { parseClock } from './timestamp';

const DEFAULT_FORMAT = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];

/** ASS line breaks (\N, \n) and hard spaces (\h), then every {…} override block. */
function assPlain(text: string): string {
  return plainText(
    text
      .replace(/\\[Nn]/g, '\n')
      .replace(/\\h/g, ' ')
      .replace(/\{[^{}]*\}/g, ''),
  );
}

/** Splits into `count` columns; the last one keeps the remaining commas. */
function columns(value: string, count: number): string[] {
  const parts = value.split(',');
  if (parts.length <= count) return parts;
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join(',')];
}

export function parseAss(text: string): ParseResult {
  const cues: Cue[] = [];
  const badBlocks: BadBlock[] = [];
  let format = DEFAULT_FORMAT;
  let section = '';
  splitLines(text).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) section = trimmed.toLowerCase();
    const formatLine = /^Format:\s*(.*)$/i.exec(trimmed);
    if (formatLine && section === '[events]') {
      format = (formatLine[1] ?? '').split(',').map((f) => f.trim().toLowerCase());
      return;
    }
    const dialogue = /^Dialogue:\s?(.*)$/i.exec(line);
    if (!dialogue) return;
    const cols = columns(dialogue[1] ?? '', format.length);
    const at = (name: string): string | undefined => cols[format.indexOf(name)];
    const startText = at('start');
    const endText = at('end');
    const raw = at('text');
    const start = startText === undefined ? null : parseClock(startText);
    const end = endText === undefined ? null : parseClock(endText);
    if (cols.length < format.length || raw === undefined || start === null || end === null) {
      badBlocks.push({ line: i + 1, reason: cols.length < format.length ? 'Dialogue line with too few columns' : 'unreadable time' });
      return;
    }
    pushCue(cues, { start, end, text: raw, plain: assPlain(raw), line: i + 1, meta: at('style')?.trim() ?? null });
  });
  return { format: 'ass', cues, badBlocks };
}

// Caption timestamps in milliseconds. One tolerant reader covers SubRip
// (00:00:02,290), WebVTT (00:02.290 or 01:00:02.290), ASS (0:00:02.29) and
// CCExtractor transcripts (20160211030008.506).

const CLOCK = /^(?:(\d{1,4}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const DATE_STAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,3}))?$/;

/** A fraction is a decimal fraction of a second: ",5" and ".50" are both 500 ms. */
function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Number.parseInt(digits.padEnd(3, '0'), 10);
}

/** `[hh:]mm:ss[.,fff]` → ms, or null when it is not a valid clock time. */
export function parseClock(token: string): number | null {
  const m = CLOCK.exec(token.trim());
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds > 59 || (m[1] !== undefined && minutes > 59)) return null;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs(m[4]);
}

/** `YYYYMMDDhhmmss[.fff]` → ms since the Unix epoch, reading the digits as UTC. */
export function parseDateStamp(token: string): number | null {
  const m = DATE_STAMP.exec(token.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs(m[7]);
}

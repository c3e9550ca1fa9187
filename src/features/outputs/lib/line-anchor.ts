// Deep-link hashes for the output screen (#L12 expected, #R12 actual, #C12
// cue). Links live in bug reports for years, so parsing is strict: one
// canonical spelling, and nothing that could scroll to a nonsense line.

export type LineAnchor = { side: 'expected' | 'actual'; line: number } | { side: 'cue'; index: number };

export const MAX_ANCHOR_NUMBER = 10_000_000;

const ANCHOR = /^#?([LRC])([1-9][0-9]{0,7})$/;

export function parseLineAnchor(hash: string | null | undefined): LineAnchor | null {
  const match = ANCHOR.exec(hash ?? '');
  if (!match) return null;
  const [, prefix, digits] = match;
  const value = Number(digits);
  if (value > MAX_ANCHOR_NUMBER) return null;
  if (prefix === 'L') return { side: 'expected', line: value };
  if (prefix === 'R') return { side: 'actual', line: value };
  return { side: 'cue', index: value };
}

/** @throws RangeError for a number parseLineAnchor would reject. */
export function formatLineAnchor(anchor: LineAnchor): string {
  const value = anchor.side === 'cue' ? anchor.index : anchor.line;
  if (!Number.isInteger(value) || value < 1 || value > MAX_ANCHOR_NUMBER) {
    throw new RangeError(`Not a valid anchor number: ${value}`);
  }
  const prefix = anchor.side === 'expected' ? 'L' : anchor.side === 'actual' ? 'R' : 'C';
  return `#${prefix}${value}`;
}

/** The id of a line's row on the page (its anchor without the "#"). */
export function lineId(side: 'expected' | 'actual', line: number): string {
  return `${side === 'expected' ? 'L' : 'R'}${line}`;
}

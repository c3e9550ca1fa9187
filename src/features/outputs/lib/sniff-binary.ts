// Decides whether content is binary rather than text. Like git, only the
// first 8 KiB are sampled: a NUL there, or too many control characters that
// never occur in text files, means binary. A NUL later in a text file is shown
// as a visible control character instead of hiding the whole file.

export const SNIFF_UNITS = 8192;
const MAX_CONTROL_RATIO = 0.1;

/** C0 controls that plain-text files legitimately contain. */
function isTextControl(unit: number): boolean {
  return unit === 0x09 || unit === 0x0a || unit === 0x0b || unit === 0x0c || unit === 0x0d || unit === 0x1b;
}

/** @param units bytes, or UTF-16 code units of already-decoded text */
export function looksBinary(units: ArrayLike<number>): boolean {
  const end = Math.min(units.length, SNIFF_UNITS);
  let controls = 0;
  for (let i = 0; i < end; i += 1) {
    const unit = units[i] ?? 0;
    if (unit === 0) return true;
    if (unit < 0x20 && !isTextControl(unit)) controls += 1;
  }
  return end > 0 && controls / end > MAX_CONTROL_RATIO;
}

/** The first code units of a string, for looksBinary. */
export function leadingCodeUnits(text: string): Uint16Array {
  const end = Math.min(text.length, SNIFF_UNITS);
  const units = new Uint16Array(end);
  for (let i = 0; i < end; i += 1) units[i] = text.charCodeAt(i);
  return units;
}

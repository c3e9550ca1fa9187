/** An id from a URL: a whole number from 1 up, written plainly (no signs, spaces or leading zeros). */
export function parseId(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,14}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

// `hexdump -C`-style lines for binary outputs: people paste these into bug
// reports, so the familiar layout matters more than compactness.

const BYTES_PER_LINE = 16;

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

function printable(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
}

/**
 * One line per 16 bytes, at most `maxBytes` bytes (the caller says "N more bytes").
 * `from` starts the dump further into the bytes (rounded down to a line), addresses stay absolute.
 */
export function hexDump(bytes: Uint8Array, { maxBytes = 512, from = 0 }: { maxBytes?: number; from?: number } = {}): string[] {
  const start = Math.max(0, Math.floor(from / BYTES_PER_LINE) * BYTES_PER_LINE);
  const end = Math.min(bytes.length, start + Math.max(0, maxBytes));
  const lines: string[] = [];
  for (let offset = start; offset < end; offset += BYTES_PER_LINE) {
    const row = bytes.subarray(offset, Math.min(offset + BYTES_PER_LINE, end));
    const cells: string[] = [];
    for (let i = 0; i < BYTES_PER_LINE; i += 1) {
      const byte = row[i];
      // An extra space after the eighth byte, as hexdump -C does.
      cells.push((byte === undefined ? '  ' : hex(byte, 2)) + (i === 7 ? ' ' : ''));
    }
    const ascii = Array.from(row, printable).join('');
    lines.push(`${hex(offset, 8)}  ${cells.join(' ')}  |${ascii}|`);
  }
  return lines;
}

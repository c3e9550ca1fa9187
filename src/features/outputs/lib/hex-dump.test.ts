import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { hexDump } from './hex-dump';

describe('hexDump', () => {
  it('formats a short row with padding so the ASCII column lines up', () => {
    const bytes = new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x00, 0xff]);
    expect(hexDump(bytes)).toEqual(['00000000  48 65 6c 6c 6f 00 ff                              |Hello..|']);
  });

  it('writes 16 bytes a line with 8-digit offsets', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => 0x41 + i);
    expect(hexDump(bytes)).toEqual([
      '00000000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|',
      '00000010  51 52 53 54                                       |QRST|',
    ]);
  });

  it('stops at maxBytes', () => {
    const bytes = new Uint8Array(1000);
    expect(hexDump(bytes)).toHaveLength(32);
    expect(hexDump(bytes, { maxBytes: 20 })).toHaveLength(2);
    expect(hexDump(bytes, { maxBytes: 20 })[1]).toBe('00000010  00 00 00 00                                       |....|');
    expect(hexDump(bytes, { maxBytes: 0 })).toEqual([]);
    expect(hexDump(new Uint8Array())).toEqual([]);
  });

  it('agrees with hexdump -C where it is installed', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 37) & 0xff);
    let reference: string;
    try {
      reference = execFileSync('hexdump', ['-C'], { input: bytes }).toString();
    } catch {
      return; // not installed: the fixed expectations above still hold
    }
    const lines = reference.split('\n').filter((line) => line.includes('|'));
    expect(hexDump(bytes)).toEqual(lines);
  });
});

describe('hexDump from an offset', () => {
  it('starts at the line holding the offset and keeps absolute addresses', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => i);
    const lines = hexDump(bytes, { from: 35, maxBytes: 16 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith('00000020  20 21')).toBe(true);
  });
});

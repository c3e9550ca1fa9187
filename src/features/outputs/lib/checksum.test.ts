import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyChecksum } from './checksum';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const abc = () => new TextEncoder().encode('abc');

describe('sha256Hex', () => {
  it('hashes known vectors', async () => {
    expect(await sha256Hex(abc())).toBe(ABC);
    expect(await sha256Hex(new Uint8Array())).toBe(EMPTY);
  });

  it('hashes only the viewed part of a larger buffer', async () => {
    const buffer = new TextEncoder().encode('xxabcxx');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe(ABC);
  });
});

describe('verifyChecksum', () => {
  it('verifies a matching hash, whatever its case', async () => {
    expect(await verifyChecksum(abc(), ABC)).toEqual({ status: 'verified', actual: ABC });
    expect(await verifyChecksum(abc(), ABC.toUpperCase())).toEqual({ status: 'verified', actual: ABC });
  });

  it('reports a mismatch with the actual hash', async () => {
    const result = await verifyChecksum(new TextEncoder().encode('abd'), ABC);
    expect(result.status).toBe('mismatch');
    expect(result.actual).toMatch(/^[0-9a-f]{64}$/);
    expect(result.actual).not.toBe(ABC);
  });

  it('is unchecked without an expected hash', async () => {
    expect(await verifyChecksum(abc())).toEqual({ status: 'unchecked' });
    expect(await verifyChecksum(abc(), '')).toEqual({ status: 'unchecked' });
    expect(await verifyChecksum(abc(), null)).toEqual({ status: 'unchecked' });
  });
});

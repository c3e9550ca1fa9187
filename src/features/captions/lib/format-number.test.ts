import { describe, expect, it } from 'vitest';
import { signedMs } from './format-number';

describe('signedMs', () => {
  it('signs milliseconds and groups thousands', () => {
    expect(signedMs(33)).toBe('+33 ms');
    expect(signedMs(-1200)).toBe('-1,200 ms');
    expect(signedMs(0)).toBe('0 ms');
  });
});

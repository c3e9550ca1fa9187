import { describe, expect, it } from 'vitest';
import { baselineChanged } from './baseline-changed';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('baselineChanged', () => {
  it('is false while the baseline is the file the run was compared with (in any case)', () => {
    expect(baselineChanged(A, A)).toBe(false);
    expect(baselineChanged(A.toUpperCase(), A)).toBe(false);
  });

  it('is true when the regression test now expects another file', () => {
    expect(baselineChanged(B, A)).toBe(true);
  });

  it('is true when a run without a baseline now has one', () => {
    expect(baselineChanged(B, null)).toBe(true);
    expect(baselineChanged('', null)).toBe(false);
  });

  it('never guesses: unknown on either side is not a change', () => {
    expect(baselineChanged(undefined, A)).toBe(false);
    expect(baselineChanged(A, undefined)).toBe(false);
  });
});

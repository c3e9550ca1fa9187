import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFactsIn, type Arriving } from './use-facts-in';

const inFlight: Arriving = { isPending: true, fetchStatus: 'fetching', failureCount: 0 };
const answered: Arriving = { isPending: false, fetchStatus: 'idle', failureCount: 0 };

describe('useFactsIn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while a request is on its first attempt, then stays in through a refetch', () => {
    const { result, rerender } = renderHook(({ queries }) => useFactsIn(queries), { initialProps: { queries: [answered, inFlight] } });
    expect(result.current).toBe(false);
    rerender({ queries: [answered, answered] });
    expect(result.current).toBe(true);
    rerender({ queries: [answered, inFlight] });
    expect(result.current).toBe(true);
  });

  it('does not wait for a request that failed once, waits out a retry or is paused offline', () => {
    for (const query of [
      { ...inFlight, failureCount: 1 },
      { ...inFlight, fetchStatus: 'paused' },
    ]) {
      const { result } = renderHook(() => useFactsIn([query]));
      expect(result.current).toBe(true);
    }
  });

  it('draws the screen anyway when a request takes too long', () => {
    const { result } = renderHook(() => useFactsIn([inFlight], 1000));
    act(() => vi.advanceTimersByTime(999));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });
});

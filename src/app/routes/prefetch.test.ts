import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRateLimit } from '@/lib/rate-limit';
import { PRELOAD_BUDGET, query, resetPreloadBudget, takePreloadBudget, warm } from './prefetch';

afterEach(() => {
  resetPreloadBudget();
  useRateLimit.setState({ limit: null, remaining: null, resetAt: null });
});

describe('hover prefetch budget', () => {
  it('spends at most its budget in a minute, then allows again', () => {
    const now = 1_000_000;
    expect(takePreloadBudget(PRELOAD_BUDGET - 5, now)).toBe(true);
    expect(takePreloadBudget(5, now)).toBe(true);
    expect(takePreloadBudget(1, now + 1000)).toBe(false);
    expect(takePreloadBudget(5, now + 60_001)).toBe(true);
  });

  it('prefetches nothing when the server says few reads are left', () => {
    useRateLimit.setState({ limit: 120, remaining: 31, resetAt: null });
    expect(takePreloadBudget(5)).toBe(false);
    useRateLimit.setState({ limit: 120, remaining: 100, resetAt: null });
    expect(takePreloadBudget(5)).toBe(true);
  });
});

describe('warm', () => {
  it('starts only what is missing; a navigation always, a hover within the budget', async () => {
    const queryClient = new QueryClient();
    const fetchA = vi.fn(async () => 'a');
    const fetchB = vi.fn(async () => 'b');
    queryClient.setQueryData(['a'], 'cached');
    warm({ queryClient, preload: false }, [query({ queryKey: ['a'], queryFn: fetchA }), query({ queryKey: ['b'], queryFn: fetchB })]);
    expect(fetchA).not.toHaveBeenCalled();
    expect(fetchB).toHaveBeenCalledTimes(1);

    takePreloadBudget(PRELOAD_BUDGET);
    const fetchC = vi.fn(async () => 'c');
    warm({ queryClient, preload: true }, [query({ queryKey: ['c'], queryFn: fetchC })]);
    expect(fetchC).not.toHaveBeenCalled();
    warm({ queryClient, preload: false }, [query({ queryKey: ['c'], queryFn: fetchC })]);
    expect(fetchC).toHaveBeenCalledTimes(1);
  });
});

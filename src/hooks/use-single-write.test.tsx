import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { createQueryClient } from '@/lib/query-client';
import { useSingleWrite } from './use-single-write';

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useSingleWrite', () => {
  it('sends one request for submits that come while one is pending, even in the same turn', async () => {
    let finish: (value: string) => void = () => {};
    const send = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useSingleWrite({ mutationFn: send }), { wrapper: wrapper(createQueryClient()) });
    let sent: boolean[] = [];
    act(() => {
      sent = [result.current.submit(1), result.current.submit(2)];
    });
    await waitFor(() => expect(result.current.isPending).toBe(true));
    expect(result.current.submit(3)).toBe(false);
    expect(sent).toEqual([true, false]);
    expect(send).toHaveBeenCalledTimes(1);
    act(() => finish('done'));
    await waitFor(() => expect(result.current.data).toBe('done'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('never retries, not even a network failure, with the app’s QueryClient; a new submit after it is the user’s', async () => {
    const send = vi.fn(() => Promise.reject(new ApiError({ status: 0, code: 'network_error', message: 'Could not reach' })));
    const { result } = renderHook(() => useSingleWrite({ mutationFn: send }), { wrapper: wrapper(createQueryClient()) });
    act(() => void result.current.submit(undefined));
    await waitFor(() => expect(result.current.isError).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(send).toHaveBeenCalledTimes(1);
    act(() => void result.current.submit(undefined));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });

  it('fails at once when offline instead of waiting to go out later by itself', async () => {
    onlineManager.setOnline(false);
    try {
      const send = vi.fn(() => Promise.reject(new ApiError({ status: 0, code: 'network_error', message: 'offline' })));
      const { result } = renderHook(() => useSingleWrite({ mutationFn: send }), { wrapper: wrapper(createQueryClient()) });
      act(() => void result.current.submit(undefined));
      await waitFor(() => expect(result.current.isError).toBe(true));
      expect(result.current.isPaused).toBe(false);
      expect(send).toHaveBeenCalledTimes(1);
    } finally {
      onlineManager.setOnline(true);
    }
  });
});

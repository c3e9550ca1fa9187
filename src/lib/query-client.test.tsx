import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createQueryClient } from './query-client';

function Screen({ queryFn }: { queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['thing'], queryFn });
  return <p>{query.isError ? `Error: ${query.error.message}` : query.isPending ? 'Loading' : query.data}</p>;
}

/** A prefetch that failed before the screen's (lazily loaded) component mounted, as a route loader does. */
async function mountAfterFailedPrefetch(error: ApiError) {
  const queryClient = createQueryClient();
  const queryFn = vi.fn(() => Promise.reject(error));
  queryClient.setQueryDefaults(['thing'], { retry: false });
  await queryClient.prefetchQuery({ queryKey: ['thing'], queryFn });
  render(
    <QueryClientProvider client={queryClient}>
      <Screen queryFn={queryFn} />
    </QueryClientProvider>,
  );
  return queryFn;
}

describe('a screen mounting after its request failed', () => {
  it('shows the error without asking again when asking again cannot help', async () => {
    const queryFn = await mountAfterFailedPrefetch(new ApiError({ status: 200, code: 'invalid_response', message: 'bad body' }));
    expect(await screen.findByText('Error: bad body')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failure that may pass (a 503)', async () => {
    const queryFn = await mountAfterFailedPrefetch(new ApiError({ status: 503, code: 'server_error', message: 'down' }));
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(2));
  });
});

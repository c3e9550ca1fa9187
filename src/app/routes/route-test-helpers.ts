// Helpers for the screen tests (renderApp against msw/node): which API requests a screen sent.
import { waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { expect, onTestFinished } from 'vitest';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';

/** Every API request from now to the end of the test, as "path?query" relative to the API base. */
export function recordRequests(): string[] {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(request.url.replace(TEST_API_BASE_URL, ''));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return seen;
}

/** No query is loading any more. */
export async function settled(queryClient: QueryClient) {
  await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 10_000 });
}

export function duplicates(requests: string[]): string[] {
  return requests.filter((url, i) => requests.indexOf(url) !== i);
}

/** The first request in a test process builds the demo fixtures: give screens time to appear. */
export const SLOW = { timeout: 10_000 };

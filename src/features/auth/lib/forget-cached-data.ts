import type { QueryClient } from '@tanstack/react-query';
import { useRateLimit } from '@/lib/rate-limit';

/** Drops every cached response (and the last token's rate-limit budget) so the next user sees none of it. */
export function forgetCachedData(queryClient: QueryClient) {
  void queryClient.cancelQueries();
  queryClient.clear();
  useRateLimit.setState({ limit: null, remaining: null, resetAt: null });
}

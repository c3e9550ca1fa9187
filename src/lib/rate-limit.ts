// The API's read budget (120 per minute per token), as the last response reported it.
import { create } from 'zustand';

export type RateLimitState = { limit: number | null; remaining: number | null; resetAt: number | null };

export const useRateLimit = create<RateLimitState>()(() => ({ limit: null, remaining: null, resetAt: null }));

function intHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

export function recordRateLimit(headers: Headers) {
  const remaining = intHeader(headers, 'X-RateLimit-Remaining');
  if (remaining === null) return;
  const reset = intHeader(headers, 'X-RateLimit-Reset');
  useRateLimit.setState({
    limit: intHeader(headers, 'X-RateLimit-Limit'),
    remaining,
    resetAt: reset === null ? null : reset * 1000,
  });
}

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 3600);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.min(Math.ceil((date - now) / 1000), 3600));
}

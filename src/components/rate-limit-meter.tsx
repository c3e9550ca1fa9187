import { useRateLimit } from '@/lib/rate-limit';

/** Shown only when the read budget runs low (under a quarter left). */
export function RateLimitMeter() {
  const { limit, remaining } = useRateLimit();
  if (remaining === null || limit === null || remaining > limit / 4) return null;
  return (
    <span className="badge badge--warn" role="status" title="The API allows this many more reads in the current minute">
      {remaining} of {limit} API reads left this minute
    </span>
  );
}

import { useRateLimit } from '@/lib/rate-limit';

/** Shown only when the read budget runs low (under a quarter left). */
export function RateLimitMeter() {
  // A string or null, so the responses of a full budget (every response updates it) draw nothing again.
  const low = useRateLimit(({ limit, remaining }) =>
    remaining === null || limit === null || remaining > limit / 4 ? null : `${remaining} of ${limit} API reads left this minute`,
  );
  if (low === null) return null;
  return (
    <span className="badge badge--warn" role="status" title="The API allows this many more reads in the current minute">
      {low}
    </span>
  );
}

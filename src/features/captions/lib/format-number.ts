// Signed milliseconds for verdict sentences, the same in every locale: "+33 ms", "-40 ms".
import { formatNumber } from '@/lib/format-count';

/** "+33 ms", "-40 ms", "0 ms". */
export function signedMs(ms: number): string {
  const sign = ms > 0 ? '+' : ms < 0 ? '-' : '';
  return `${sign}${formatNumber(Math.abs(ms))} ms`;
}

import type { IgnoredParam } from '@/components/ignored-params-notice';
import { oneOf, text } from '@/lib/search-params';

export const RESULT_FILTERS = ['failing', 'all', 'fail', 'missing_output', 'pass', 'skipped', 'running', 'not_started'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

/** `/runs/:runId`: status (default failing), category and sample-name search, kept in the URL. */
export type RunSearch = { status?: ResultFilter; category?: string; q?: string };

/**
 * What the URL holds. An unknown status stays in it as written (rather than vanishing), so the screen can say
 * which value it did not understand; `readRunSearch` gives the values the screen uses.
 */
export type RunSearchParams = { status?: string; category?: string; q?: string };

export function validateRunSearch(raw: Record<string, unknown>): RunSearchParams {
  return { status: text(raw.status, 40), category: text(raw.category, 100), q: text(raw.q, 255) };
}

export function readRunSearch(params: RunSearchParams): { search: RunSearch; ignored: IgnoredParam[] } {
  const status = oneOf(params.status, RESULT_FILTERS);
  return {
    search: { status, category: params.category, q: params.q },
    ignored: params.status !== undefined && status === undefined ? [{ name: 'status', value: params.status }] : [],
  };
}

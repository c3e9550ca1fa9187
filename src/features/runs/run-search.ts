import { oneOf, text } from '@/lib/search-params';

export const RESULT_FILTERS = ['failing', 'all', 'fail', 'missing_output', 'pass', 'skipped', 'running', 'not_started'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

/** `/runs/:runId`: status (default failing), category and sample-name search, kept in the URL. */
export type RunSearch = { status?: ResultFilter; category?: string; q?: string };

export function parseRunSearch(raw: Record<string, unknown>): RunSearch {
  return {
    status: oneOf(raw.status, RESULT_FILTERS),
    category: text(raw.category, 100),
    q: text(raw.q, 255),
  };
}

import type { IgnoredParam } from '@/components/ignored-params-notice';
import { parseId } from '@/lib/parse-id';
import { BASE_CLASSES, type BaseClass } from './base-comparison';
import { oneOf, text } from '@/lib/search-params';

export const RESULT_FILTERS = [
  'failing',
  'all',
  'fail',
  'missing_output',
  'pass',
  'skipped',
  'running',
  'not_started',
  // The classes of a comparison with the base run filter like statuses.
  ...BASE_CLASSES,
] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];
export const isBaseFilter = (filter: ResultFilter): filter is BaseClass => (BASE_CLASSES as readonly string[]).includes(filter);

/** `none`, or the id of the run to compare with; absent: the default base run. */
export type BaseChoice = number | 'none';

/** `/runs/:runId`: status (default failing), category, sample-name search and base run, kept in the URL. */
export type RunSearch = { status?: ResultFilter; category?: string; q?: string; base?: BaseChoice };

/**
 * What the URL holds. An unknown status stays in it as written (rather than vanishing), so the screen can say
 * which value it did not understand; `readRunSearch` gives the values the screen uses.
 */
export type RunSearchParams = { status?: string; category?: string; q?: string; base?: string | number };

export function validateRunSearch(raw: Record<string, unknown>): RunSearchParams {
  // The router reads `?base=7003` as a number, and writes a number back the same way.
  const base = typeof raw.base === 'number' ? raw.base : text(raw.base, 40);
  return { status: text(raw.status, 40), category: text(raw.category, 100), q: text(raw.q, 255), base };
}

function baseChoice(value: string | number | undefined): BaseChoice | undefined {
  if (value === 'none') return 'none';
  return value === undefined ? undefined : (parseId(String(value)) ?? undefined);
}

export function readRunSearch(params: RunSearchParams): { search: RunSearch; ignored: IgnoredParam[] } {
  const status = oneOf(params.status, RESULT_FILTERS);
  const base = baseChoice(params.base);
  const ignored: IgnoredParam[] = [];
  if (params.status !== undefined && status === undefined) ignored.push({ name: 'status', value: params.status });
  if (params.base !== undefined && base === undefined) ignored.push({ name: 'base', value: String(params.base) });
  return { search: { status, category: params.category, q: params.q, base }, ignored };
}

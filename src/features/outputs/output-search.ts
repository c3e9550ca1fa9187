import { oneOf } from '@/lib/search-params';

export const CONTEXT_CHOICES = [1, 3, 10, 25, 50] as const;
export type DiffView = 'split' | 'unified';
export type ContextLines = number | 'all';

/** The output screen's URL state: `?view=split|unified` (default split), `?context=1..50|all` (default 3). */
export type OutputSearch = { view?: DiffView; context?: ContextLines };

export function parseOutputSearch(raw: Record<string, unknown>): OutputSearch {
  return { view: oneOf(raw.view, ['split', 'unified'] as const), context: parseContext(raw.context) };
}

function parseContext(value: unknown): ContextLines | undefined {
  if (value === 'all') return 'all';
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : undefined;
}

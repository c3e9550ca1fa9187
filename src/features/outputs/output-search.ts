import type { IgnoredParam } from '@/components/ignored-params-notice';
import { parseId } from '@/lib/parse-id';
import { oneOf, text } from '@/lib/search-params';

export const CONTEXT_CHOICES = [1, 3, 10, 25, 50] as const;
/** `cues`: the caption-aware cue view, offered for caption outputs only. */
export const DIFF_VIEWS = ['split', 'unified', 'cues'] as const;
export type DiffView = (typeof DIFF_VIEWS)[number];
export type ContextLines = number | 'all';

/**
 * The output screen's URL state: `?view=split|unified|cues` (default split), `?context=1..50|all` (default 3),
 * `?w=1` to hide whitespace changes (as on GitHub), and `?against=<runId>` to compare the actual file with the same
 * output's actual file in another run (default `expected`).
 */
export type OutputSearch = { view?: DiffView; context?: ContextLines; w?: 1; against?: number };

/**
 * What the URL holds: values as written, so the screen can name one it did not understand (`?context=-1`).
 * Numbers stay numbers: the router writes a numeric string as `?context=%2210%22`.
 */
export type OutputSearchParams = { view?: string; context?: number | string; w?: number | string; against?: number | string };

/** The server's diff at this context; "all" shows every line from the files around the default diff. */
export const serverContext = (context: ContextLines) => (context === 'all' ? 3 : context);

export function validateOutputSearch(raw: Record<string, unknown>): OutputSearchParams {
  return {
    view: text(raw.view, 40),
    context: typeof raw.context === 'number' ? raw.context : text(raw.context, 40),
    w: typeof raw.w === 'number' ? raw.w : text(raw.w, 40),
    against: typeof raw.against === 'number' ? raw.against : text(raw.against, 40),
  };
}

export function readOutputSearch(params: OutputSearchParams): { search: OutputSearch; ignored: IgnoredParam[] } {
  const w = params.w === 1 || params.w === '1' ? 1 : undefined;
  const against = params.against === undefined ? undefined : (parseId(String(params.against)) ?? undefined);
  const search: OutputSearch = {
    view: oneOf(params.view, DIFF_VIEWS),
    context: parseContext(params.context),
    ...(w && { w }),
    ...(against && { against }),
  };
  const ignored: IgnoredParam[] = [];
  if (params.view !== undefined && search.view === undefined) ignored.push({ name: 'view', value: params.view });
  if (params.context !== undefined && search.context === undefined) ignored.push({ name: 'context', value: String(params.context) });
  // `?w=0` is the default said out loud, not a mistake.
  if (params.w !== undefined && w === undefined && String(params.w) !== '0') ignored.push({ name: 'w', value: String(params.w) });
  // `?against=expected` is the default said out loud.
  if (params.against !== undefined && against === undefined && params.against !== 'expected') {
    ignored.push({ name: 'against', value: String(params.against) });
  }
  return { search, ignored };
}

function parseContext(value: number | string | undefined): ContextLines | undefined {
  if (value === 'all') return 'all';
  const n = typeof value === 'number' ? value : value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : undefined;
}

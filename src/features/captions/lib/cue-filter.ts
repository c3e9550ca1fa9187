// The cue view's filters (`?only=text|timing`), kept in the URL beside the view.
import type { IgnoredParam } from '@/components/ignored-params-notice';
import { oneOf, text } from '@/lib/search-params';
import type { AlignedRow, RowKind } from './aligned-row';

export type CueFilter = 'text' | 'timing';
export const CUE_FILTERS: readonly CueFilter[] = ['text', 'timing'];

/** What the URL holds, as written, so a value the screen cannot use can be named (`?only=words`). */
export type CueSearchParams = { only?: string };

export function validateCueSearch(raw: Record<string, unknown>): CueSearchParams {
  return { only: text(raw.only, 40) };
}

export function readCueSearch(params: CueSearchParams): { only: CueFilter | undefined; ignored: IgnoredParam[] } {
  const only = oneOf(params.only, CUE_FILTERS);
  return { only, ignored: params.only !== undefined && only === undefined ? [{ name: 'only', value: params.only }] : [] };
}

/** Rows whose text differs: changed words, tags, spaces or encoding, and cues lost, added, split or merged. */
const TEXT_KINDS: ReadonlySet<RowKind> = new Set(['text', 'both', 'missing', 'extra', 'split', 'merged']);
const TIMING_KINDS: ReadonlySet<RowKind> = new Set(['timing', 'both']);

export function rowMatches(row: AlignedRow, filter: CueFilter | undefined): boolean {
  if (filter === 'text') return TEXT_KINDS.has(row.kind);
  if (filter === 'timing') return TIMING_KINDS.has(row.kind);
  return true;
}

/** Words for each kind of row, so a change never depends on colour alone. */
export const ROW_KIND_WORDS: Readonly<Record<RowKind, string>> = {
  same: 'same',
  timing: 'timing',
  text: 'text',
  both: 'timing and text',
  missing: 'missing',
  extra: 'extra',
  split: 'split',
  merged: 'merged',
};

import './filters.css';
import { useEffect, useState } from 'react';
import { isBaseFilter, RESULT_FILTERS, type ResultFilter, type RunSearch } from '../run-search';

const LABELS: Record<ResultFilter, string> = {
  failing: 'failing (fail or missing output)',
  all: 'all',
  fail: 'fail',
  missing_output: 'missing output',
  pass: 'pass (every test)',
  skipped: 'skipped',
  running: 'running',
  not_started: 'not started',
  new: 'new failures (passed in the base run)',
  already: 'already failing in the base run',
  'not-in-base': 'failing, not in the base run',
  fixed: 'fixed (failed in the base run)',
};

type Props = {
  search: RunSearch;
  categories: string[];
  /** Samples each status would show; absent while the results load. */
  counts?: Record<ResultFilter, number>;
  onChange: (search: RunSearch) => void;
  /** Compared with a base run: its classes ("new failures", …) are choices too. */
  compared?: boolean;
};

export function RunResultsFilters({ search, categories, counts, onChange, compared = false }: Props) {
  const [q, setQ] = useState(search.q ?? '');
  // Back/forward changes the URL: the box follows it.
  const [urlQ, setUrlQ] = useState(search.q);
  if (urlQ !== search.q) {
    setUrlQ(search.q);
    setQ(search.q ?? '');
  }
  // Filtering is local (every result is loaded), so the name box follows typing; the URL catches up after a pause.
  useEffect(() => {
    const value = q.trim() || undefined;
    if (value === search.q) return;
    const timer = setTimeout(() => onChange({ ...search, q: value }), 200);
    return () => clearTimeout(timer);
  }, [q, search, onChange]);
  const category = search.category;
  return (
    <form className="filters" role="search" aria-label="Filter samples" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status
        <select
          value={search.status ?? 'failing'}
          onChange={(e) => {
            const status = e.target.value as ResultFilter;
            onChange({ ...search, status: status === 'failing' ? undefined : status });
          }}
        >
          {RESULT_FILTERS.filter((f) => compared || !isBaseFilter(f) || f === search.status).map((f) => (
            <option key={f} value={f}>
              {LABELS[f]}
              {counts ? ` (${counts[f]})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select value={category ?? ''} onChange={(e) => onChange({ ...search, category: e.target.value || undefined })}>
          <option value="">any</option>
          {/* A category from a link that this run lacks stays selectable, so the screen can say nothing matches. */}
          {category && !categories.includes(category) && <option value={category}>{category}</option>}
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__wide">
        Sample name
        <input type="search" value={q} placeholder="e.g. BBC1" spellCheck={false} onChange={(e) => setQ(e.target.value)} />
      </label>
    </form>
  );
}

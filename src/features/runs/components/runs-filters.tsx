import './filters.css';
import { useState } from 'react';
import { RUN_STATUS_WORDS } from '@/lib/result-status';
import { isFiltered, parseShaOrVersion, PLATFORMS, RUN_STATUSES, type RunsSearch } from '../runs-search';

type Props = { search: RunsSearch; onChange: (search: RunsSearch) => void };

/** Filters of the runs list. Lists apply at once; text boxes on Enter or "Apply", so typing costs no API reads. */
export function RunsFilters({ search, onChange }: Props) {
  const [branch, setBranch] = useState(search.branch ?? '');
  const [q, setQ] = useState(search.q ?? '');
  const [touched, setTouched] = useState(false);
  // Back/forward changes the URL: the boxes follow it.
  const [seen, setSeen] = useState(search);
  if (seen.branch !== search.branch || seen.q !== search.q) {
    setSeen(search);
    setBranch(search.branch ?? '');
    setQ(search.q ?? '');
    setTouched(false);
  }
  const qInvalid = parseShaOrVersion(q) === null;
  const showError = qInvalid && touched;

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter runs"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!qInvalid) onChange({ ...search, branch: branch.trim() || undefined, q: q.trim() || undefined });
      }}
    >
      <label>
        Status
        <select
          value={search.status ?? ''}
          onChange={(e) => onChange({ ...search, status: (e.target.value || undefined) as RunsSearch['status'] })}
        >
          <option value="">any</option>
          {RUN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === 'canceled' ? 'canceled or infrastructure error' : RUN_STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Platform
        <select
          value={search.platform ?? ''}
          onChange={(e) => onChange({ ...search, platform: (e.target.value || undefined) as RunsSearch['platform'] })}
        >
          <option value="">any</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Branch
        <input value={branch} placeholder="master" spellCheck={false} onChange={(e) => setBranch(e.target.value)} />
      </label>
      <label className="filters__wide">
        Commit SHA or CCExtractor version
        <input
          value={q}
          placeholder="40-hex SHA or 0.94"
          spellCheck={false}
          aria-invalid={showError || undefined}
          aria-describedby={showError ? 'runs-q-error' : undefined}
          onChange={(e) => setQ(e.target.value)}
          onBlur={() => setTouched(true)}
        />
      </label>
      <button type="submit" className="button">
        Apply
      </button>
      {isFiltered(search) && (
        <button type="button" className="button button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
      {showError && (
        <p className="field__error" id="runs-q-error" role="alert">
          Enter a full 40-character commit SHA or a version such as 0.94.
        </p>
      )}
    </form>
  );
}

import { useState } from 'react';
import { PLATFORMS, RUN_STATUSES, type RunsSearch } from '../runs-search';

type Props = { search: RunsSearch; onChange: (search: RunsSearch) => void };

/** Filters for the runs list; text boxes apply on Enter or blur so each keystroke does not cost an API read. */
export function RunsFilters({ search, onChange }: Props) {
  const [branch, setBranch] = useState(search.branch ?? '');
  const [q, setQ] = useState(search.q ?? '');
  // Back/forward changes the URL: the boxes follow it.
  const [url, setUrl] = useState(search);
  if (url.branch !== search.branch || url.q !== search.q) {
    setUrl(search);
    setBranch(search.branch ?? '');
    setQ(search.q ?? '');
  }
  const qInvalid = !!q.trim() && !/^[0-9a-f]{40}$/i.test(q.trim()) && !/^v?\d+(\.\d+){1,2}$/.test(q.trim());

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter runs"
      onSubmit={(e) => {
        e.preventDefault();
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
              {s}
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
        <input
          value={branch}
          placeholder="master"
          onChange={(e) => setBranch(e.target.value)}
          onBlur={() => (branch.trim() || undefined) !== search.branch && onChange({ ...search, branch: branch.trim() || undefined })}
        />
      </label>
      <label>
        Commit SHA or CCExtractor version
        <input
          value={q}
          placeholder="40-hex SHA or 0.94"
          spellCheck={false}
          aria-invalid={qInvalid || undefined}
          onChange={(e) => setQ(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Apply
      </button>
      {qInvalid && (
        <p className="field__error" role="alert">
          Enter a full 40-character commit SHA or a version such as 0.94.
        </p>
      )}
    </form>
  );
}

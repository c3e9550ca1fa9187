import type { RunsSearch } from '@/features/runs/runs-search';
import type { RunsFilters } from '@/lib/query-keys';

/** The runs box takes a commit SHA (40 hex) or a CCExtractor version such as 0.94. */
export function runsFiltersFromSearch(search: RunsSearch): RunsFilters {
  const q = search.q?.trim();
  const isSha = !!q && /^[0-9a-f]{40}$/i.test(q);
  const isVersion = !!q && /^v?\d+(\.\d+){1,2}$/.test(q);
  return {
    status: search.status,
    platform: search.platform,
    branch: search.branch,
    commit_sha: isSha ? q.toLowerCase() : undefined,
    ccx_version: isVersion ? q.replace(/^v/, '') : undefined,
  };
}

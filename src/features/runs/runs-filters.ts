import { parseShaOrVersion, type RunsSearch } from './runs-search';
import type { RunsFilters } from '@/lib/query-keys';

/** The API's filters for the runs list; a box that is neither a SHA nor a version is left out (the screen says so). */
export function runsFiltersFromSearch(search: RunsSearch): RunsFilters {
  const q = parseShaOrVersion(search.q) ?? {};
  return {
    status: search.status,
    platform: search.platform,
    branch: search.branch,
    commit_sha: q.commit_sha,
    ccx_version: q.ccx_version,
  };
}

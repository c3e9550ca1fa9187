import type { IgnoredParam } from '@/components/ignored-params-notice';
import { knownValues } from '@/api/open-enums';
import { oneOf, text } from '@/lib/search-params';

export const RUN_STATUSES = knownValues.RunStatus;
export const PLATFORMS = ['linux', 'windows'] as const;

/** `/`: filters kept in the URL. `q` is a commit SHA or a CCExtractor version. */
export type RunsSearch = {
  status?: (typeof RUN_STATUSES)[number];
  platform?: (typeof PLATFORMS)[number];
  branch?: string;
  q?: string;
};

/** What the URL holds: unknown statuses and platforms stay as written so the screen can name them. */
export type RunsSearchParams = { status?: string; platform?: string; branch?: string; q?: string };

export function validateRunsSearch(raw: Record<string, unknown>): RunsSearchParams {
  return { status: text(raw.status, 40), platform: text(raw.platform, 40), branch: text(raw.branch, 255), q: text(raw.q, 64) };
}

export function readRunsSearch(params: RunsSearchParams): { search: RunsSearch; ignored: IgnoredParam[] } {
  const status = oneOf(params.status, RUN_STATUSES);
  const platform = oneOf(params.platform, PLATFORMS);
  const ignored: IgnoredParam[] = [];
  if (params.status !== undefined && !status) ignored.push({ name: 'status', value: params.status });
  if (params.platform !== undefined && !platform) ignored.push({ name: 'platform', value: params.platform });
  return { search: { status, platform, branch: params.branch, q: params.q }, ignored };
}

const SHA = /^[0-9a-f]{40}$/i;
const VERSION = /^v?\d+(\.\d+){1,2}$/;

/** The box takes a full commit SHA (the API matches only 40 hex) or a release such as 0.94. */
export function parseShaOrVersion(value: string | undefined): { commit_sha?: string; ccx_version?: string } | null {
  const q = value?.trim();
  if (!q) return {};
  if (SHA.test(q)) return { commit_sha: q.toLowerCase() };
  if (VERSION.test(q)) return { ccx_version: q.replace(/^v/, '') };
  return null;
}

export function isFiltered(search: RunsSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}

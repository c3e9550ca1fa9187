import { oneOf, text } from '@/lib/search-params';

export const RUN_STATUSES = ['queued', 'running', 'pass', 'fail', 'canceled', 'incomplete'] as const;
export const PLATFORMS = ['linux', 'windows'] as const;

/** `/`: filters kept in the URL. `q` is a commit SHA or a CCExtractor version. */
export type RunsSearch = {
  status?: (typeof RUN_STATUSES)[number];
  platform?: (typeof PLATFORMS)[number];
  branch?: string;
  q?: string;
};

export function parseRunsSearch(raw: Record<string, unknown>): RunsSearch {
  return {
    status: oneOf(raw.status, RUN_STATUSES),
    platform: oneOf(raw.platform, PLATFORMS),
    branch: text(raw.branch, 255),
    q: text(raw.q, 64),
  };
}

// Where an old link leads in this viewer: one of its screens (ui.md "Routes"), or the runs list with filters.
import type { Run } from './api/legacy-api';

export type RunsListSearch = { q?: string; branch?: string; platform?: Run['platform'] };

export type AppTarget =
  | { screen: 'run'; runId: number }
  | { screen: 'sample'; runId: number; sampleId: number }
  | { screen: 'output'; runId: number; sampleId: number; regressionId: number; outputId: number }
  | { screen: 'runs'; search: RunsListSearch };

/** The target as a path on this app, for `navigate({ href })` and for tests. */
export function targetHref(target: AppTarget): string {
  switch (target.screen) {
    case 'run':
      return `/runs/${target.runId}`;
    case 'sample':
      return `/runs/${target.runId}/samples/${target.sampleId}`;
    case 'output':
      return `/runs/${target.runId}/samples/${target.sampleId}/regressions/${target.regressionId}/outputs/${target.outputId}`;
    case 'runs': {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(target.search)) if (value) params.set(key, value);
      const query = params.toString();
      return query ? `/?${query}` : '/';
    }
  }
}

// A run of about 1,000 results, for what is measured or tested on long lists: the run screen's virtualized table
// (src/app/routes/run-route.test.tsx, e2e/navigation.spec.ts) and the list benchmarks (scripts/bench.ts and
// scripts/profile-list.ts, through scripts/lib/list-bench.ts). Plain data and its pages, no msw and no Playwright:
// each caller answers `GET /runs/{id}/samples` its own way with `largeRunPage`.
import type { RunSample } from './mocks/data/api-types';
import { paginate } from './mocks/data/request-params';

/** `sample_0001.ts`, `sample_0002.ts`, …: a sample with a name that sorts by its id. */
export const numberedSample = (id: number) => ({ id, name: `sample_${String(id).padStart(4, '0')}.ts` });

export type LargeRunOptions = {
  /** How many results (1,000 when absent). */
  results?: number;
  /** The sample of result `i` (when absent, one sample a result: `numberedSample(1 + i)`). */
  sampleOf?: (i: number) => { id: number; name: string };
  /**
   * Results to clone in turn, keeping their statuses, categories and outputs (the bench clones a real run's).
   * When absent: every seventh result fails, the categories take turns, one SubRip output each.
   */
  from?: readonly RunSample[];
};

const CATEGORIES = ['General', 'DVB', 'Teletext', 'CEA-708'];

function madeUp(i: number): RunSample {
  const status = i % 7 === 0 ? 'fail' : 'pass';
  return {
    regression_test_id: 1,
    sample_id: null,
    sample_name: null,
    categories: [CATEGORIES[i % CATEGORIES.length] as string],
    command: '--autoprogram --out=srt',
    status,
    runtime_ms: 1000 + i,
    exit_code: 0,
    expected_rc: 0,
    outputs: [{ output_id: 1, filename: `${'c'.repeat(64)}.srt`, status }],
  };
}

/** The results of the large run: regression tests from 100,000 and outputs from 1,000,000, ids no fixture uses. */
export function largeRun({ results = 1_000, sampleOf = (i) => numberedSample(1 + i), from }: LargeRunOptions = {}): RunSample[] {
  return Array.from({ length: results }, (_, i) => {
    const base = from?.length ? (from[i % from.length] as RunSample) : madeUp(i);
    const sample = sampleOf(i);
    return {
      ...base,
      regression_test_id: 100_000 + i,
      sample_id: sample.id,
      sample_name: sample.name,
      outputs: base.outputs.map((output, j) => ({ ...output, output_id: 1_000_000 + i * 10 + j })),
    };
  });
}

/** The page of `results` that `url` asks for (`limit`, 100 when absent, and `offset`), as the API pages a run's results. */
export function largeRunPage(results: readonly RunSample[], url: URL) {
  return paginate(results, Number(url.searchParams.get('limit') ?? 100), Number(url.searchParams.get('offset') ?? 0));
}

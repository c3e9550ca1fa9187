// One factory for every query key, hierarchical so a run's queries can be dropped together.
import type { components } from '@/api/schema';

export type RunsFilters = {
  status?: components['schemas']['RunStatus'];
  platform?: components['schemas']['Platform'];
  branch?: string;
  commit_sha?: string;
  ccx_version?: string;
};

export type OutputRef = { runId: number; sampleId: number; regressionId: number; outputId: number };

const outputKey = ({ runId, sampleId, regressionId, outputId }: OutputRef) =>
  ['runs', runId, 'samples', sampleId, 'regressions', regressionId, 'outputs', outputId] as const;

export const queryKeys = {
  me: (apiBaseUrl: string) => ['me', apiBaseUrl] as const,
  runs: {
    all: ['runs'] as const,
    list: (filters: RunsFilters) => ['runs', 'list', filters] as const,
    detail: (runId: number) => ['runs', runId] as const,
    summary: (runId: number) => ['runs', runId, 'summary'] as const,
    results: (runId: number) => ['runs', runId, 'results'] as const,
    /** The run it is compared with by default (its base run). */
    base: (runId: number) => ['runs', runId, 'base'] as const,
  },
  samples: {
    detail: (sampleId: number) => ['samples', sampleId] as const,
    history: (sampleId: number) => ['samples', sampleId, 'history'] as const,
  },
  regressionTests: {
    detail: (regressionTestId: number) => ['regression-tests', regressionTestId] as const,
    download: (regressionTestId: number, outputId: number) =>
      ['regression-tests', regressionTestId, 'outputs', outputId, 'download'] as const,
  },
  outputs: {
    actual: (ref: OutputRef) => [...outputKey(ref), 'actual'] as const,
    expected: (ref: OutputRef) => [...outputKey(ref), 'expected'] as const,
    diff: (ref: OutputRef, context: number) => [...outputKey(ref), 'diff', context] as const,
  },
  captions: {
    /** The caption-aware diff, rows included (cue view). */
    diff: (ref: OutputRef) => [...outputKey(ref), 'captions', 'diff'] as const,
    /** Only its verdict (labels in lists). */
    verdict: (ref: OutputRef) => [...outputKey(ref), 'captions', 'verdict'] as const,
    /** The run and output of a verdict's key; null for any other key. */
    verdictOutput: (key: readonly unknown[]): { runId: number; outputId: number } | null =>
      key.length === 10 &&
      key[0] === 'runs' &&
      key[8] === 'captions' &&
      key[9] === 'verdict' &&
      typeof key[1] === 'number' &&
      typeof key[7] === 'number'
        ? { runId: key[1], outputId: key[7] }
        : null,
  },
};

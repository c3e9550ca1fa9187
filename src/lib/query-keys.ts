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
    /** One regression test's result in the run (under `results`: refreshing those refreshes it too). */
    result: (runId: number, regressionId: number) => ['runs', runId, 'results', regressionId] as const,
    /** The run it is compared with by default (its base run). */
    base: (runId: number) => ['runs', runId, 'base'] as const,
    /** The run of the same commit on the other platform. */
    otherPlatform: (runId: number) => ['runs', runId, 'other-platform'] as const,
    /** The platform's progress events of a run. */
    progress: (runId: number) => ['runs', runId, 'progress'] as const,
    /** Its errors counted by type. */
    errorSummary: (runId: number) => ['runs', runId, 'errors', 'summary'] as const,
    /** Its errors of one type. */
    errors: (runId: number, type: string) => ['runs', runId, 'errors', 'type', type] as const,
    artifacts: (runId: number) => ['runs', runId, 'artifacts'] as const,
    /** A sample's log lines in the run, pages from the newest (a level filter or every level). */
    logs: (runId: number, sampleId: number, level: string) => ['runs', runId, 'samples', sampleId, 'logs', level] as const,
  },
  pullRequests: {
    /** A pull request's runs, found by looking through the newest runs (the API has no pull-request filter). */
    runs: (prNumber: number) => ['pull-requests', prNumber, 'runs'] as const,
    /** Its failures checked for flakiness: the sample histories of these runs' failing results. */
    flaky: (prNumber: number, runIds: readonly number[]) => ['pull-requests', prNumber, 'flaky', ...runIds] as const,
  },
  samples: {
    detail: (sampleId: number) => ['samples', sampleId] as const,
    history: (sampleId: number) => ['samples', sampleId, 'history'] as const,
    /** Where the sample's media file is (a signed URL that expires). */
    download: (sampleId: number) => ['samples', sampleId, 'download'] as const,
  },
  regressionTests: {
    /** The regression test and everything under it (its baseline downloads). */
    all: (regressionTestId: number) => ['regression-tests', regressionTestId] as const,
    detail: (regressionTestId: number) => ['regression-tests', regressionTestId] as const,
    download: (regressionTestId: number, outputId: number) =>
      ['regression-tests', regressionTestId, 'outputs', outputId, 'download'] as const,
  },
  outputs: {
    /** The three files of an output and everything derived from them. */
    all: (ref: OutputRef) => outputKey(ref),
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

// Turns an old sample-platform link into a screen of this viewer, asking the API the fewest questions it can.
import { isApiError } from '@/lib/api-error';
import { findRuns, getRegressionTest, latestSampleResult, type Run } from './api/legacy-api';
import { shortSha } from './legacy-path';
import type { AppTarget } from './legacy-target';
import type { LegacyLink } from './parse-legacy-link';

/** The runs of a release listed to choose from; the runs list shows them all. */
export const VERSION_CHOICES = 20;
/** The repository whose master branch `/test/master/<platform>` meant. */
export const MAIN_REPOSITORY = 'CCExtractor/ccextractor';

export type WayForward = { label: string; target: AppTarget };

export type Resolution =
  /** One screen: go there, replacing the old link in the history. */
  | { kind: 'go'; target: AppTarget }
  /** Several runs fit (a commit tested per platform, a release): the user picks one. */
  | { kind: 'choose'; title: string; intro: string; runs: Run[]; more: WayForward | null }
  /** No screen fits: why, in words, and where to go instead. */
  | { kind: 'fail'; reason: string; way: WayForward };

const RUNS_LIST: WayForward = { label: 'Go to the runs list', target: { screen: 'runs', search: {} } };

function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.code === 'not_found';
}

/** The value, or null when the API answered 404 not_found; other failures are thrown (the screen offers Retry). */
async function orNotFound<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function resolveLegacyLink(link: LegacyLink, signal?: AbortSignal): Promise<Resolution> {
  switch (link.kind) {
    case 'run':
      // The run screen names a run that does not exist; nothing to ask first.
      return { kind: 'go', target: { screen: 'run', runId: link.runId } };

    case 'output': {
      // The old diff link names the run, the regression test and the output; the new screen also needs the sample.
      const test = await orNotFound(getRegressionTest(link.regressionTestId, signal));
      if (!test) {
        return {
          kind: 'fail',
          reason: `Regression test ${link.regressionTestId}, named in this diff link, does not exist on this API server, so its sample cannot be found.`,
          way: { label: `Open run ${link.runId}`, target: { screen: 'run', runId: link.runId } },
        };
      }
      return {
        kind: 'go',
        target: {
          screen: 'output',
          runId: link.runId,
          sampleId: test.sample_id,
          regressionId: link.regressionTestId,
          outputId: link.outputId,
        },
      };
    }

    case 'commit': {
      const page = await findRuns({ commit_sha: link.sha, limit: 10 }, signal);
      const runs = page.data;
      const search: WayForward = { label: 'Search the runs list for this commit', target: { screen: 'runs', search: { q: link.sha } } };
      if (runs.length === 0) {
        return { kind: 'fail', reason: `No run on this API server tested commit ${shortSha(link.sha)}.`, way: search };
      }
      if (runs.length === 1 && runs[0]) return { kind: 'go', target: { screen: 'run', runId: runs[0].run_id } };
      const platforms = new Set(runs.map((run) => run.platform));
      return {
        kind: 'choose',
        title: `Commit ${shortSha(link.sha)}`,
        intro:
          platforms.size > 1 && runs.length === platforms.size
            ? `This commit was tested once per platform. Which run do you want to open?`
            : `This commit was tested in ${plural(page.pagination.total ?? runs.length, 'run', 'runs')}. Which one do you want to open?`,
        runs,
        more: (page.pagination.next_offset ?? null) !== null ? { label: 'See them all on the runs list', target: search.target } : null,
      };
    }

    case 'master': {
      const page = await findRuns({ branch: 'master', platform: link.platform, repository: MAIN_REPOSITORY, limit: 1 }, signal);
      const run = page.data[0];
      if (!run) {
        return {
          kind: 'fail',
          reason: `No run of the master branch on ${link.platform} was found on this API server.`,
          way: {
            label: `See master runs on ${link.platform}`,
            target: { screen: 'runs', search: { branch: 'master', platform: link.platform } },
          },
        };
      }
      return { kind: 'go', target: { screen: 'run', runId: run.run_id } };
    }

    case 'version': {
      const page = await findRuns({ ccx_version: link.version, limit: VERSION_CHOICES }, signal);
      const runs = page.data;
      const all: WayForward = {
        label: `See every run of CCExtractor ${link.version} on the runs list`,
        target: { screen: 'runs', search: { q: link.version } },
      };
      if (runs.length === 0) {
        return {
          kind: 'fail',
          reason: `No run of CCExtractor ${link.version} was found on this API server.`,
          way: { ...all, label: 'Go to the runs list' },
        };
      }
      if (runs.length === 1 && runs[0]) return { kind: 'go', target: { screen: 'run', runId: runs[0].run_id } };
      const total = page.pagination.total;
      const more = page.pagination.next_offset !== null;
      return {
        kind: 'choose',
        title: `CCExtractor ${link.version}`,
        intro: more
          ? `This release was tested in ${total !== null ? plural(total, 'run', 'runs') : 'many runs'}. The ${runs.length} newest are below: which one do you want to open?`
          : `This release was tested in ${plural(runs.length, 'run', 'runs')}. Which one do you want to open?`,
        runs,
        more: more ? all : null,
      };
    }

    case 'sample': {
      let latest;
      try {
        latest = await latestSampleResult(link.sampleId, undefined, signal);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        return { kind: 'fail', reason: `Sample ${link.sampleId} does not exist on this API server.`, way: RUNS_LIST };
      }
      if (!latest) {
        return {
          kind: 'fail',
          reason: `Sample ${link.sampleId} has not been tested in any run yet, so there is no result to show.`,
          way: RUNS_LIST,
        };
      }
      return { kind: 'go', target: { screen: 'sample', runId: latest.run_id, sampleId: link.sampleId } };
    }

    case 'sample-sha':
      return {
        kind: 'fail',
        reason:
          `This link names a sample by its SHA-256 (${shortSha(link.sha)}…), and the API can only look samples up by their number. ` +
          'Open a run that tested the sample and pick it from the run’s samples, or ask for a link with the sample’s number.',
        way: RUNS_LIST,
      };

    case 'regression': {
      const test = await orNotFound(getRegressionTest(link.regressionTestId, signal));
      if (!test) {
        return { kind: 'fail', reason: `Regression test ${link.regressionTestId} does not exist on this API server.`, way: RUNS_LIST };
      }
      const latest = await orNotFound(latestSampleResult(test.sample_id, link.regressionTestId, signal));
      if (!latest) {
        return {
          kind: 'fail',
          reason: `Regression test ${link.regressionTestId} (sample ${test.sample_id}) has not been run yet, so there is no result to show.`,
          way: RUNS_LIST,
        };
      }
      return { kind: 'go', target: { screen: 'sample', runId: latest.run_id, sampleId: test.sample_id } };
    }
  }
}

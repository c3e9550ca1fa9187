import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { isApiError } from '@/lib/api-error';
import { findRun, getRuns } from '@/testing/mocks/data/runs';
import { sampleHistory } from '@/testing/mocks/data/outcomes';
import { server, TEST_API_BASE_URL } from '@/testing/mocks/node';
import { scenarios } from '@/testing/mocks/scenarios';
import { signInAs } from '@/testing/test-utils';
import { targetHref } from './legacy-target';
import { parseLegacyLink, type LegacyLink } from './parse-legacy-link';
import { resolveLegacyLink, VERSION_CHOICES, type Resolution } from './resolve-legacy-link';

const MAIN = scenarios.runs.mainFailing;
const MAIN_SHA = findRun(MAIN)?.run.commit_sha ?? '';

function requests(): string[] {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => void seen.push(request.url.replace(TEST_API_BASE_URL, ''));
  server.events.on('request:start', listener);
  onTestFinished(() => void server.events.removeListener('request:start', listener));
  return seen;
}

function link(url: string): LegacyLink {
  const parsed = parseLegacyLink(url);
  if (!parsed) throw new Error(`not a legacy link: ${url}`);
  return parsed;
}

async function resolve(url: string): Promise<Resolution> {
  return resolveLegacyLink(link(url));
}

function wentTo(resolution: Resolution): string {
  if (resolution.kind !== 'go') throw new Error(`expected to go somewhere, got ${resolution.kind}: ${JSON.stringify(resolution)}`);
  return targetHref(resolution.target);
}

beforeEach(() => signInAs());

describe('resolveLegacyLink', () => {
  it('opens a run link without asking the API', async () => {
    const seen = requests();
    expect(wentTo(await resolve('https://sampleplatform.ccextractor.org/test/9461'))).toBe('/runs/9461');
    expect(seen).toEqual([]);
  });

  it('finds the sample of an old diff link through its regression test', async () => {
    const seen = requests();
    const { runId, sampleId, regressionId, outputId } = scenarios.differs;
    const resolution = await resolve(`https://sampleplatform.ccextractor.org/test/diff/${runId}/${regressionId}/${outputId}`);
    expect(wentTo(resolution)).toBe(`/runs/${runId}/samples/${sampleId}/regressions/${regressionId}/outputs/${outputId}`);
    expect(seen).toEqual([`/regression-tests/${regressionId}`]);
  });

  it('treats the download form of a diff link (…/0) the same way', async () => {
    const { runId, sampleId, regressionId, outputId } = scenarios.differs;
    const resolution = await resolve(`http://spdev.ccextractor.org/test/diff/${runId}/${regressionId}/${outputId}/0`);
    expect(wentTo(resolution)).toBe(`/runs/${runId}/samples/${sampleId}/regressions/${regressionId}/outputs/${outputId}`);
  });

  it('says when the regression test of a diff link does not exist, and offers the run', async () => {
    const resolution = await resolve(`/test/diff/${MAIN}/${scenarios.notFound.unknownRegressionId}/1046`);
    expect(resolution).toEqual({
      kind: 'fail',
      reason: expect.stringContaining('Regression test 9999, named in this diff link, does not exist'),
      way: { label: `Open run ${MAIN}`, target: { screen: 'run', runId: MAIN } },
    });
  });

  it('asks which platform for a commit tested on both, listing both runs with their status', async () => {
    const seen = requests();
    const resolution = await resolve(`https://sampleplatform.ccextractor.org/test/commit/${MAIN_SHA.toUpperCase()}`);
    if (resolution.kind !== 'choose') throw new Error(`expected a choice, got ${resolution.kind}`);
    expect(resolution.title).toBe(`Commit ${MAIN_SHA.slice(0, 10)}`);
    expect(resolution.intro).toBe('This commit was tested once per platform. Which run do you want to open?');
    expect(resolution.runs.map((run) => [run.run_id, run.platform, run.status]).sort()).toEqual([
      [MAIN, 'linux', 'fail'],
      [scenarios.runs.windowsPass, 'windows', 'pass'],
    ]);
    expect(resolution.more).toBeNull();
    expect(seen).toEqual([`/runs?commit_sha=${MAIN_SHA}&limit=10&sort=-created_at`]);
  });

  it('goes straight to the run of a commit tested once', async () => {
    const only = findRun(MAIN)?.run;
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs`, () =>
        HttpResponse.json({ data: [only], pagination: { limit: 10, offset: 0, total: 1, next_offset: null } }),
      ),
    );
    expect(wentTo(await resolve(`/test/commit/${MAIN_SHA}`))).toBe(`/runs/${MAIN}`);
  });

  it('says when no run tested a commit, and offers the runs list searched for it', async () => {
    const sha = 'f'.repeat(40);
    const resolution = await resolve(`/test/commit/${sha}`);
    expect(resolution).toEqual({
      kind: 'fail',
      reason: 'No run on this API server tested commit ffffffffff.',
      way: { label: 'Search the runs list for this commit', target: { screen: 'runs', search: { q: sha } } },
    });
    if (resolution.kind === 'fail') expect(targetHref(resolution.way.target)).toBe(`/?q=${sha}`);
  });

  it('opens the latest master run of a platform', async () => {
    const seen = requests();
    const latest = getRuns().find(
      (def) => def.run.branch === 'master' && def.run.platform === 'windows' && def.run.repository === 'CCExtractor/ccextractor',
    );
    expect(wentTo(await resolve('https://sampleplatform.ccextractor.org/test/master/windows'))).toBe(`/runs/${latest?.run.run_id}`);
    expect(seen).toEqual(['/runs?branch=master&platform=windows&repository=CCExtractor%2Fccextractor&limit=1&sort=-created_at']);
  });

  it('says when a platform has no master run', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/runs`, () =>
        HttpResponse.json({ data: [], pagination: { limit: 1, offset: 0, total: 0, next_offset: null } }),
      ),
    );
    const resolution = await resolve('/test/master/linux');
    expect(resolution.kind === 'fail' && resolution.reason).toBe('No run of the master branch on linux was found on this API server.');
    expect(resolution.kind === 'fail' && targetHref(resolution.way.target)).toBe('/?branch=master&platform=linux');
  });

  it('lists the newest runs of a release to choose from, and links to all of them', async () => {
    const resolution = await resolve('https://sampleplatform.ccextractor.org/test/ccextractor/0.95');
    if (resolution.kind !== 'choose') throw new Error(`expected a choice, got ${resolution.kind}`);
    const all = getRuns().filter((def) => def.ccxVersion === '0.95');
    expect(all.length).toBeGreaterThan(VERSION_CHOICES);
    expect(resolution.runs.map((run) => run.run_id)).toEqual(all.slice(0, VERSION_CHOICES).map((def) => def.run.run_id));
    expect(resolution.intro).toBe(
      `This release was tested in ${all.length} runs. The ${VERSION_CHOICES} newest are below: which one do you want to open?`,
    );
    expect(resolution.more && targetHref(resolution.more.target)).toBe('/?q=0.95');
  });

  it('says when no run built a release', async () => {
    const resolution = await resolve('/test/ccextractor/v0.42');
    expect(resolution.kind === 'fail' && resolution.reason).toBe('No run of CCExtractor 0.42 was found on this API server.');
  });

  it('opens a sample in the run that tested it last', async () => {
    const seen = requests();
    const sampleId = scenarios.history.sampleId;
    const newest = sampleHistory(sampleId)[0];
    expect(wentTo(await resolve(`https://ccextractor.canihavesome.coffee/sample/${sampleId}`))).toBe(
      `/runs/${newest?.run_id}/samples/${sampleId}`,
    );
    expect(seen).toEqual([`/samples/${sampleId}/history?limit=1`]);
  });

  it('says when a sample does not exist, or was never tested', async () => {
    const missing = await resolve(`/sample/${scenarios.notFound.unknownSampleId}`);
    expect(missing.kind === 'fail' && missing.reason).toBe('Sample 9999 does not exist on this API server.');
    server.use(
      http.get(`${TEST_API_BASE_URL}/samples/:id/history`, () =>
        HttpResponse.json({ data: [], pagination: { limit: 1, offset: 0, total: 0, next_offset: null } }),
      ),
    );
    const untested = await resolve('/sample/31');
    expect(untested.kind === 'fail' && untested.reason).toBe(
      'Sample 31 has not been tested in any run yet, so there is no result to show.',
    );
    expect(untested.kind === 'fail' && targetHref(untested.way.target)).toBe('/');
  });

  it('says plainly that a sample named by its SHA-256 cannot be looked up, without asking the API', async () => {
    const seen = requests();
    const resolution = await resolve(`https://sampleplatform.ccextractor.org/sample/${'ab'.repeat(32)}`);
    expect(resolution).toEqual({
      kind: 'fail',
      reason: expect.stringMatching(
        /^This link names a sample by its SHA-256 \(ababababab…\), and the API can only look samples up by their number\./,
      ),
      way: { label: 'Go to the runs list', target: { screen: 'runs', search: {} } },
    });
    expect(seen).toEqual([]);
  });

  it('opens a regression test on its sample, in the last run that ran it', async () => {
    const seen = requests();
    const { sampleId, regressionId } = scenarios.exitCodeMismatch;
    const newest = sampleHistory(sampleId).find((entry) => entry.regression_test_id === regressionId);
    expect(wentTo(await resolve(`https://sampleplatform.ccextractor.org/regression/test/${regressionId}/view`))).toBe(
      `/runs/${newest?.run_id}/samples/${sampleId}`,
    );
    expect(seen).toEqual([`/regression-tests/${regressionId}`, `/samples/${sampleId}/history?limit=1&regression_test_id=${regressionId}`]);
  });

  it('says when a regression test does not exist', async () => {
    const resolution = await resolve('/regression/test/9999/view');
    expect(resolution.kind === 'fail' && resolution.reason).toBe('Regression test 9999 does not exist on this API server.');
  });

  it('lets other failures through for the screen to show with Retry', async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/regression-tests/:id`, () =>
        HttpResponse.json(
          {
            code: 'forbidden',
            message: 'This token lacks the runs:read scope.',
            details: { required_scope: 'runs:read', token_scopes: [] },
          },
          { status: 403 },
        ),
      ),
    );
    const error = await resolve('/regression/test/240/view').catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('forbidden');
  });
});

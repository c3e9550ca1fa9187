// The routes of the platform-style runs (./data/platform-runs.ts): answers the way the platform's own server does.
// Each handler answers only for a platform id and otherwise lets the request fall through to the regular handlers,
// so the rest of the demo is unchanged. Ids that are not numbers fall through too: the regular handlers answer
// them 400 validation_error, as the real server does.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Diff, Run } from './data/api-types';
import { buildHunks, unifiedText } from './data/diff-hunks';
import { diffLines, splitLines } from './data/line-diff';
import {
  actualOf,
  expectedOf,
  matched,
  PLATFORM_CCX_VERSION,
  PLATFORM_RUNS,
  platformFile,
  platformHistory,
  platformOutputFile,
  platformRegressionTest,
  platformResults,
  platformRun,
  platformRunSample,
  platformSample,
  platformSampleBody,
  platformSummary,
  platformTest,
  platformTestOfOutput,
  resultStatus,
  storedName,
  type PlatformFileIds,
  type PlatformTest,
} from './data/platform-runs';
import { ApiFailure, paginate, Params } from './data/request-params';
import type { RunDef } from './data/runs';

type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };
type Context = { request: Request; url: URL; params: Record<string, string | undefined> };
/** The auth, scope and rate-limit wrapper of handlers.ts. */
export type PlatformEndpoint = (access: 'runs:read' | 'results:read' | 'public', handle: (context: Context) => Response) => (info: Info) => Response;

const RESULT_STATUSES = ['pass', 'fail', 'skipped', 'missing_output', 'running', 'not_started'] as const;
const PLATFORMS = ['linux', 'windows'] as const;

/** The real server's 404: `details` empty, the message naming what is missing. */
const notFound = (message: string) => new ApiFailure(404, 'not_found', message, {});

const idParam = (info: Info, name: string): number | null => {
  const value = info.params[name];
  return typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : null;
};
const owns = (name: string, find: (id: number) => unknown) => (info: Info) => {
  const id = idParam(info, name);
  return id !== null && find(id) !== undefined;
};
const ownsRun = owns('run_id', platformRun);
const ownsSample = owns('sample_id', platformSample);
const ownsTest = owns('regression_test_id', platformTest);
const ownsStoredBaseline = owns('output_id', (id) => {
  const test = platformTestOfOutput(id);
  return test && expectedOf(test) ? test : undefined;
});

/** The platform runs `GET /runs` lists, among the regular ones. */
export function listedPlatformRuns(): RunDef[] {
  return PLATFORM_RUNS.map((run) => ({ run, ccxVersion: PLATFORM_CCX_VERSION, profile: { kind: 'main' } }));
}

/** A page as the real server sends it (with an empty `meta`). */
const page = <T>(items: readonly T[], limit: number, offset: number) => ({ ...paginate(items, limit, offset), meta: {} });

function pageParams(p: Params) {
  return { limit: p.int('limit', 1, 100, 50), offset: p.int('offset', 0, Number.MAX_SAFE_INTEGER, 0) };
}

function runOf({ url, params }: Context): Run {
  const p = new Params(url.searchParams);
  const id = p.id('run_id', params.run_id);
  p.check();
  const run = platformRun(id);
  if (!run) throw notFound(`Run ${id} not found.`);
  return run;
}

function listResults(context: Context): Response {
  const run = runOf(context);
  const p = new Params(context.url.searchParams);
  const { limit, offset } = pageParams(p);
  const status = p.oneOf('status', RESULT_STATUSES);
  const name = p.text('name', 255)?.toLowerCase() ?? null;
  const tag = p.text('tag', 100)?.toLowerCase() ?? null;
  const category = p.text('category', 100)?.toLowerCase() ?? null;
  p.check();
  const items = platformResults(run.run_id)
    .filter((test) => {
      const sample = platformSample(test.sampleId);
      return (
        (!status || resultStatus(test) === status) &&
        (name === null || !!sample?.name.toLowerCase().includes(name)) &&
        (tag === null || !!sample?.tags.some((t) => t.toLowerCase() === tag)) &&
        (category === null || test.categories.some((c) => c.toLowerCase() === category))
      );
    })
    .map(platformRunSample);
  return HttpResponse.json(page(items, limit, offset));
}

function oneResult(context: Context): Response {
  const run = runOf(context);
  const p = new Params(context.url.searchParams);
  const testId = p.id('regression_test_id', context.params.regression_test_id);
  p.check();
  const test = platformResults(run.run_id).find((t) => t.id === testId);
  if (!test) throw notFound(`Regression test ${testId} not found in run ${run.run_id}.`);
  return HttpResponse.json(platformRunSample(test));
}

function history({ url, params }: Context): Response {
  const p = new Params(url.searchParams);
  const sampleId = p.id('sample_id', params.sample_id);
  const { limit, offset } = pageParams(p);
  const testId = p.optionalId('regression_test_id');
  const status = p.oneOf('status', RESULT_STATUSES);
  const branch = p.text('branch', 255);
  const platform = p.oneOf('platform', PLATFORMS);
  p.check();
  const entries = platformHistory(sampleId).filter(
    (e) => (testId === null || e.regression_test_id === testId) && (!status || e.status === status) && (branch === null || e.branch === branch) && (!platform || e.platform === platform),
  );
  return HttpResponse.json(page(entries, limit, offset));
}

function testOf(id: number): PlatformTest {
  const test = platformTest(id);
  if (!test) throw notFound(`Regression test ${id} not found.`);
  return test;
}

function baselineDownload(base: string) {
  return ({ url, params }: Context): Response => {
    const p = new Params(url.searchParams);
    const testId = p.id('regression_test_id', params.regression_test_id);
    const outputId = p.id('output_id', params.output_id);
    p.check();
    const test = testOf(testId);
    if (test.outputId !== outputId) throw notFound(`Output ${outputId} not found for regression test ${testId}.`);
    const stored = expectedOf(test) !== null;
    // Only the platform's disk has the files (no cloud bucket): `degraded`, and `missing` for the lost baseline.
    return HttpResponse.json({
      filename: storedName(platformFile(test.expected), test),
      download_url: stored ? `${base}/downloads/outputs/${outputId}/expected` : null,
      storage_status: stored ? 'degraded' : 'missing',
    });
  };
}

/** The whole baseline file behind `download_url`, without a token, as a signed storage link would be. */
function baselineFile({ params }: Context): Response {
  const test = platformTestOfOutput(Number(params.output_id));
  const file = test && expectedOf(test);
  if (!test || !file) throw notFound('No such file.');
  return new HttpResponse(file.bytes.slice().buffer, {
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${storedName(file, test)}"` },
  });
}

// ---- File routes --------------------------------------------------------------------------------------------

type FileKind = 'actual' | 'expected' | 'diff';
type Style = 'query' | 'path';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Flask's redirect page, as the real server sends with its 303. */
const redirectPage = (location: string) =>
  `<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="${escapeHtml(location)}">${escapeHtml(location)}</a>. If not, click the link.\n`;

function diffOf(ids: PlatformFileIds, test: PlatformTest, context: number, format: 'structured' | 'unified') {
  const idFields = { run_id: ids.runId, sample_id: ids.sampleId, regression_id: ids.regressionId, output_id: ids.outputId };
  if (matched(test) || test.actual === null) {
    if (format === 'unified') return { ...idFields, format, content: '' };
    const identical: Diff & { format: 'structured' } = { ...idFields, format, status: 'identical', summary: { added_lines: 0, removed_lines: 0, changed_hunks: 0 }, hunks: [] };
    return identical;
  }
  const expected = splitLines(test.expected);
  const actual = splitLines(test.actual);
  const set = buildHunks(expected, actual, diffLines(expected, actual), context);
  // The real server's unified diff has bare names and no final newline.
  if (format === 'unified') return { ...idFields, format, content: unifiedText(set, 'expected', 'actual').replace(/\n$/, '') };
  const different: Diff & { format: 'structured' } = { ...idFields, format, status: 'different', summary: set.summary, hunks: set.hunks };
  return different;
}

function fileRoute(kind: FileKind, style: Style) {
  return ({ url, params }: Context): Response => {
    const p = new Params(url.searchParams);
    const runId = p.id('run_id', params.run_id);
    const sampleId = p.id('sample_id', params.sample_id);
    const regressionId = p.id('regression_id', style === 'path' ? params.regression_id : p.raw('regression_id'));
    const outputId = p.id('output_id', style === 'path' ? params.output_id : p.raw('output_id'));
    const fileFormat = kind === 'diff' ? 'base64' : (p.oneOf('format', ['text', 'base64'] as const) ?? 'base64');
    const diffFormat = kind === 'diff' ? (p.oneOf('format', ['structured', 'unified'] as const) ?? 'structured') : 'structured';
    const context = kind === 'diff' ? p.int('context_lines', 1, 50, 3) : 3;
    p.check();

    if (!platformRun(runId)) throw notFound(`Run ${runId} not found.`);
    if (!platformSample(sampleId)) throw notFound(`Sample ${sampleId} not found.`);
    const test = testOf(regressionId);
    if (test.sampleId !== sampleId) throw notFound(`Regression test ${regressionId} does not belong to sample ${sampleId}.`);
    if (test.outputId !== outputId) throw notFound(`Output ${outputId} not found for regression test ${regressionId}.`);
    // No result file in this run: the error run's tests, and a missing output (the real server stores no row).
    if (!platformResults(runId).includes(test) || test.actual === null) throw notFound(`No result for regression test ${regressionId}.`);

    const ids = { runId, sampleId, regressionId, outputId };
    const expected = expectedOf(test);
    const lost = () => notFound('Expected output file not found on disk.');
    if (kind === 'expected') {
      if (!expected) throw lost();
      return HttpResponse.json(platformOutputFile(ids, test, expected, fileFormat));
    }
    if (kind === 'actual') {
      if (matched(test)) {
        if (style === 'query') return new HttpResponse(null, { status: 204 });
        // A relative Location (the path from the origin), naming the format even when the request did not.
        const query = new URLSearchParams(url.search);
        query.set('format', fileFormat);
        const location = `${url.pathname.replace(/\/actual$/, '/expected')}?${query.toString()}`;
        return new HttpResponse(redirectPage(location), { status: 303, headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8' } });
      }
      const actual = actualOf(test);
      if (!actual) throw notFound(`No result for regression test ${regressionId}.`);
      return HttpResponse.json(platformOutputFile(ids, test, actual, fileFormat));
    }
    if (!expected) throw lost();
    return HttpResponse.json(diffOf(ids, test, context, diffFormat));
  };
}

/** Handlers for the platform ids, to be listed before the regular ones. */
export function platformHandlers(base: string, endpoint: PlatformEndpoint): HttpHandler[] {
  const runs = 'runs:read';
  const only = (owner: (info: Info) => boolean, resolver: (info: Info) => Response) => (info: Info) => (owner(info) ? resolver(info) : undefined);
  const fileHandlers = (['query', 'path'] as const).flatMap((style) => {
    const prefix =
      style === 'query'
        ? `${base}/runs/:run_id/samples/:sample_id`
        : `${base}/runs/:run_id/samples/:sample_id/regression-tests/:regression_id/outputs/:output_id`;
    return (['actual', 'expected', 'diff'] as const).map((kind) => http.get(`${prefix}/${kind}`, only(ownsRun, endpoint('results:read', fileRoute(kind, style)))));
  });
  return [
    http.get(`${base}/runs/:run_id`, only(ownsRun, endpoint(runs, (c) => HttpResponse.json(runOf(c))))),
    http.get(`${base}/runs/:run_id/summary`, only(ownsRun, endpoint(runs, (c) => HttpResponse.json(platformSummary(runOf(c)))))),
    http.get(`${base}/runs/:run_id/samples`, only(ownsRun, endpoint(runs, listResults))),
    http.get(`${base}/runs/:run_id/samples/:regression_test_id`, only(ownsRun, endpoint(runs, oneResult))),
    ...fileHandlers,
    http.get(
      `${base}/samples/:sample_id`,
      only(
        ownsSample,
        endpoint(runs, (c) => {
          const sample = platformSample(Number(c.params.sample_id));
          if (!sample) throw notFound(`Sample ${c.params.sample_id ?? ''} not found.`);
          return HttpResponse.json(platformSampleBody(sample));
        }),
      ),
    ),
    http.get(`${base}/samples/:sample_id/history`, only(ownsSample, endpoint(runs, history))),
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      only(
        ownsTest,
        endpoint(runs, (c) => HttpResponse.json(platformRegressionTest(testOf(Number(c.params.regression_test_id))))),
      ),
    ),
    http.get(`${base}/regression-tests/:regression_test_id/outputs/:output_id/download`, only(ownsTest, endpoint(runs, baselineDownload(base)))),
    http.get(`${base}/downloads/outputs/:output_id/expected`, only(ownsStoredBaseline, endpoint('public', baselineFile))),
  ];
}

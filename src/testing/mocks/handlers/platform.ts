// The routes of the platform-style runs (../data/platform-runs.ts): answers the way the platform's own server does.
// Each handler answers only for a platform id and otherwise lets the request fall through to the regular handlers,
// so the rest of the demo is unchanged. Ids that are not numbers fall through too: the regular handlers answer
// them 400 validation_error, as the real server does.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DiffFormat, Run } from '../data/api-types';
import { diffBody, diffText, unifiedBody, type DiffInput } from '../data/file-bodies';
import {
  actualOf,
  expectedOf,
  matched,
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
} from '../data/platform-runs';
import { ApiFailure, paginate, Params, pathId, pathIds } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, only, owns, type Context } from './endpoint';
import { fileQuery, fileRoutes, type FileKind, type RouteStyle } from './files';
import { resultsQuery } from './runs';
import { historyQuery } from './samples';

/** The real server's 404: `details` empty, the message naming what is missing. */
const notFound = (message: string) => new ApiFailure(404, 'not_found', message, {});

const ownsRun = owns('run_id', platformRun);
const ownsSample = owns('sample_id', platformSample);
const ownsTest = owns('regression_test_id', platformTest);
const ownsStoredBaseline = owns('output_id', (id) => {
  const test = platformTestOfOutput(id);
  return test && expectedOf(test) ? test : undefined;
});

/** A page as the real server sends it (with an empty `meta`). */
const page = <T>(items: readonly T[], limit: number, offset: number) => ({ ...paginate(items, limit, offset), meta: {} });

function runOf({ params }: Context): Run {
  const id = pathId('run_id', params.run_id);
  const run = platformRun(id);
  if (!run) throw notFound(`Run ${id} not found.`);
  return run;
}

function listResults(context: Context): Response {
  const run = runOf(context);
  const p = new Params(context.url.searchParams);
  const { limit, offset, matches } = resultsQuery(p);
  p.check();
  const items = platformResults(run.run_id)
    .filter((test) => {
      const sample = platformSample(test.sampleId);
      return matches({ status: resultStatus(test), sampleName: sample?.name, tags: sample?.tags, categories: test.categories });
    })
    .map(platformRunSample);
  return HttpResponse.json(page(items, limit, offset));
}

function oneResult(context: Context): Response {
  const run = runOf(context);
  const testId = pathId('regression_test_id', context.params.regression_test_id);
  const test = platformResults(run.run_id).find((t) => t.id === testId);
  if (!test) throw notFound(`Regression test ${testId} not found in run ${run.run_id}.`);
  return HttpResponse.json(platformRunSample(test));
}

function history(context: Context): Response {
  const { sampleId, limit, offset, matches } = historyQuery(context);
  return HttpResponse.json(page(platformHistory(sampleId).filter(matches), limit, offset));
}

function testOf(id: number): PlatformTest {
  const test = platformTest(id);
  if (!test) throw notFound(`Regression test ${id} not found.`);
  return test;
}

function baselineDownload(base: string) {
  return ({ params }: Context): Response => {
    const { regression_test_id: testId, output_id: outputId } = pathIds(params, 'regression_test_id', 'output_id');
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

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Flask's redirect page, as the real server sends with its 303. */
const redirectPage = (location: string) =>
  `<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="${escapeHtml(location)}">${escapeHtml(location)}</a>. If not, click the link.\n`;

function diffOf(ids: PlatformFileIds, test: PlatformTest, context: number, format: DiffFormat) {
  const input: DiffInput =
    matched(test) || test.actual === null
      ? { kind: 'identical' }
      : { kind: 'different', cacheKey: `platform ${test.id}`, expected: platformFile(test.expected), actual: platformFile(test.actual) };
  // The real server's unified diff has bare names and no final newline; its structured one names its format.
  if (format === 'unified') return unifiedBody(ids, diffText(input, context, 'expected', 'actual').replace(/\n$/, ''));
  return { ...diffBody(ids, input, context), format };
}

function fileRoute(kind: FileKind, style: RouteStyle) {
  return ({ url, params }: Context): Response => {
    const { ids, format: fileFormat, diffFormat, context } = fileQuery(kind, style, { url, params });
    const { runId, sampleId, regressionId, outputId } = ids;

    if (!platformRun(runId)) throw notFound(`Run ${runId} not found.`);
    if (!platformSample(sampleId)) throw notFound(`Sample ${sampleId} not found.`);
    const test = testOf(regressionId);
    if (test.sampleId !== sampleId) throw notFound(`Regression test ${regressionId} does not belong to sample ${sampleId}.`);
    if (test.outputId !== outputId) throw notFound(`Output ${outputId} not found for regression test ${regressionId}.`);
    // No result file in this run: the error run's tests, and a missing output (the real server stores no row).
    if (!platformResults(runId).includes(test) || test.actual === null) throw notFound(`No result for regression test ${regressionId}.`);

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
        return new HttpResponse(redirectPage(location), {
          status: 303,
          headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8' },
        });
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
export function platformHandlers(base: string): HttpHandler[] {
  const runs = SCOPES.runs;
  return [
    http.get(
      `${base}/runs/:run_id`,
      only(
        ownsRun,
        endpoint(runs, (c) => HttpResponse.json(runOf(c))),
      ),
    ),
    http.get(
      `${base}/runs/:run_id/summary`,
      only(
        ownsRun,
        endpoint(runs, (c) => HttpResponse.json(platformSummary(runOf(c)))),
      ),
    ),
    http.get(`${base}/runs/:run_id/samples`, only(ownsRun, endpoint(runs, listResults))),
    http.get(`${base}/runs/:run_id/samples/:regression_test_id`, only(ownsRun, endpoint(runs, oneResult))),
    ...fileRoutes(base, (kind, style) => only(ownsRun, endpoint(SCOPES.results, fileRoute(kind, style)))),
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
    http.get(
      `${base}/regression-tests/:regression_test_id/outputs/:output_id/download`,
      only(ownsTest, endpoint(runs, baselineDownload(base))),
    ),
    http.get(`${base}/downloads/outputs/:output_id/expected`, only(ownsStoredBaseline, endpoint('public', baselineFile))),
  ];
}

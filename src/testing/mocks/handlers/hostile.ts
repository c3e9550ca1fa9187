// The routes of the hostile runs (../data/hostile.ts). Each handler answers only for a hostile id and otherwise
// lets the request fall through to the regular handlers, so the rest of the demo is unchanged.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { diffBody, unifiedBody, type DiffInput } from '../data/file-bodies';
import {
  HOSTILE_TESTS,
  hostileFile,
  hostileHistory,
  hostileOutputFile,
  hostileRegressionTest,
  hostileRunById,
  hostileRunSample,
  hostileSample,
  hostileSummary,
  hostileTestById,
  hostileTestOfSample,
  type HostileTest,
} from '../data/hostile';
import { ApiFailure, notFound, paginate, Params } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, only, owns, type Context } from './endpoint';
import { fileQuery, fileRoutes, matchedActual, missingOutput, type FileKind, type RouteStyle } from './files';

const ownsRun = owns('run_id', hostileRunById);
const ownsSample = owns('sample_id', hostileTestOfSample);
const ownsTest = owns('regression_test_id', hostileTestById);

function fileRoute(kind: FileKind, style: RouteStyle) {
  return (context: Context): Response => {
    const { ids, format, diffFormat, context: lines } = fileQuery(kind, style, context);
    const test = hostileTestOfSample(ids.sampleId);
    if (!test) throw notFound('sample', ids.sampleId);
    if (test.id !== ids.regressionId) throw notFound('regression_test', ids.regressionId);
    const output = test.outputs.find((o) => o.id === ids.outputId);
    if (!output) throw notFound('output', ids.outputId);

    if (kind === 'expected') {
      if (output.expected === null) {
        throw new ApiFailure(404, 'missing_expected', 'No expected baseline exists for this output.', { ...ids });
      }
      return HttpResponse.json(hostileOutputFile({ ...ids, runId: null }, test, output, output.expected, format));
    }
    if (output.status === 'missing_output')
      throw missingOutput(ids, output.missingMessage ?? 'The regression test produced no output file.');
    if (kind === 'actual') {
      if (output.status === 'pass') return matchedActual(style, context.request);
      return HttpResponse.json(hostileOutputFile(ids, test, output, output.actual ?? '', format));
    }
    if (output.diffError) {
      const { status, code, message } = output.diffError;
      throw new ApiFailure(status, code, message, { output_id: output.id });
    }
    let input: DiffInput;
    if (output.status === 'pass') input = { kind: 'identical' };
    else {
      const actual = hostileFile(output.actual ?? '');
      const cacheKey = `hostile ${output.id}`;
      input =
        output.expected === null
          ? { kind: 'missing_expected', cacheKey, expected: null, actual }
          : { kind: 'different', cacheKey, expected: hostileFile(output.expected), actual };
    }
    // The hostile runs send no unified text: their payloads are for the screens, which read the structured diff.
    return HttpResponse.json(diffFormat === 'unified' ? unifiedBody(ids, '') : diffBody(ids, input, lines));
  };
}

function results(test: HostileTest[], url: URL) {
  const p = new Params(url.searchParams);
  const { limit, offset } = p.page();
  const status = p.raw('status');
  const name = p.text('name', 255)?.toLowerCase() ?? null;
  p.check();
  const items = test
    .filter((t) => (status === null || t.status === status) && (name === null || t.sample.name.toLowerCase().includes(name)))
    .map(hostileRunSample);
  return paginate(items, limit, offset);
}

/** Handlers for the hostile ids, to be listed before the regular ones. */
export function hostileHandlers(base: string): HttpHandler[] {
  const runs = SCOPES.runs;
  const runOf = (context: Context) => {
    const run = hostileRunById(Number(context.params.run_id));
    if (!run) throw notFound('run', Number(context.params.run_id) || 0);
    return run;
  };
  const testOfSample = (context: Context) => {
    const test = hostileTestOfSample(Number(context.params.sample_id));
    if (!test) throw notFound('sample', Number(context.params.sample_id) || 0);
    return test;
  };
  const testById = (context: Context) => {
    const test = hostileTestById(Number(context.params.regression_test_id));
    if (!test) throw notFound('regression_test', Number(context.params.regression_test_id) || 0);
    return test;
  };
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
        endpoint(runs, (c) => HttpResponse.json(hostileSummary(runOf(c)))),
      ),
    ),
    http.get(
      `${base}/runs/:run_id/samples`,
      only(
        ownsRun,
        endpoint(runs, ({ url }) => HttpResponse.json(results([...HOSTILE_TESTS], url))),
      ),
    ),
    http.get(
      `${base}/runs/:run_id/samples/:regression_test_id`,
      only(
        ownsRun,
        endpoint(runs, (c) => HttpResponse.json(hostileRunSample(testById(c)))),
      ),
    ),
    ...fileRoutes(base, (kind, style) => only(ownsRun, endpoint(SCOPES.results, fileRoute(kind, style)))),
    http.get(
      `${base}/samples/:sample_id`,
      only(
        ownsSample,
        endpoint(runs, (c) => HttpResponse.json(hostileSample(testOfSample(c)))),
      ),
    ),
    http.get(
      `${base}/samples/:sample_id/history`,
      only(
        ownsSample,
        endpoint(runs, (c) => {
          const p = new Params(c.url.searchParams);
          const { limit, offset } = p.page();
          p.check();
          return HttpResponse.json(paginate(hostileHistory(testOfSample(c)), limit, offset));
        }),
      ),
    ),
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      only(
        ownsTest,
        endpoint(runs, (c) => HttpResponse.json(hostileRegressionTest(testById(c)))),
      ),
    ),
  ];
}

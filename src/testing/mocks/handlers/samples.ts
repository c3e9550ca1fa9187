// Samples, a sample's history across runs, regression tests, and where a regression test's baseline is downloaded.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { PLATFORMS, RESULT_STATUSES, type FileDownload, type HistoryEntry, type RegressionTest, type Sample } from '../data/api-types';
import { toRegressionTest, toSample } from '../data/bodies';
import { getCatalog, outputFilename, type TestDef } from '../data/catalog';
import { expectedFile, variantHashes } from '../data/files';
import { sampleHistory } from '../data/outcomes';
import { ApiFailure, notFound, paginate, Params, pathId, pathIds } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, type Context } from './endpoint';
import { approvedBaseline } from './write-state';

export function requireTest(id: number): TestDef {
  const test = getCatalog().test(id);
  if (!test) throw notFound('regression_test', id);
  return test;
}

export function sampleBody(id: number): Sample {
  const sample = getCatalog().sample(id);
  if (!sample) throw notFound('sample', id);
  return toSample({ ...sample, name: sample.originalName, regressionTestCount: sample.testIds.length });
}

/** The regression test, with the baselines the token approved (review.ts) as its outputs' `correct` hashes. */
function regressionTestBody(test: TestDef, token: string | null): RegressionTest {
  return toRegressionTest(
    test,
    getCatalog().sample(test.sampleId)?.originalName ?? '',
    test.outputs.map((output) => {
      const approved = approvedBaseline(token, test.id, output.id);
      return {
        id: output.id,
        correct: approved?.hash ?? expectedFile(output)?.sha256() ?? '',
        correct_extension: output.extension,
        expected_filename: output.suffix,
        ignore: output.ignore,
        variants: approved?.removeVariants ? [] : variantHashes(output),
      };
    }),
  );
}

/** A sample's history request: its id, the page and the filters (regression test, status, branch, platform), checked. */
export function historyQuery({ url, params }: Pick<Context, 'url' | 'params'>) {
  const p = new Params(url.searchParams);
  const sampleId = p.id('sample_id', params.sample_id);
  const { limit, offset } = p.page();
  const testId = p.optionalId('regression_test_id');
  const status = p.oneOf('status', RESULT_STATUSES);
  const branch = p.text('branch', 255);
  const platform = p.oneOf('platform', PLATFORMS);
  p.check();
  const matches = (entry: HistoryEntry) =>
    (testId === null || entry.regression_test_id === testId) &&
    (!status || entry.status === status) &&
    (branch === null || entry.branch === branch) &&
    (!platform || entry.platform === platform);
  return { sampleId, limit, offset, matches };
}

function sampleHistoryPage(context: Context): Response {
  const { sampleId, limit, offset, matches } = historyQuery(context);
  sampleBody(sampleId);
  return HttpResponse.json(paginate(sampleHistory(sampleId).filter(matches), limit, offset));
}

/**
 * `GET /regression-tests/{id}/outputs/{oid}/download`: where the current baseline of an output is stored — the
 * demo's own download link (files.ts), for any output that has one. On the platform's server the only way to the
 * expected file of a missing output.
 */
function baselineDownload(base: string) {
  return ({ params }: Context): Response => {
    const { regression_test_id: testId, output_id: outputId } = pathIds(params, 'regression_test_id', 'output_id');
    const output = requireTest(testId).outputs.find((o) => o.id === outputId);
    if (!output) throw notFound('output', outputId);
    if (!expectedFile(output))
      throw new ApiFailure(404, 'not_found', `Output ${outputId} has no expected baseline.`, { resource: 'output', id: outputId });
    const body: FileDownload = {
      filename: outputFilename(output),
      download_url: `${base}/downloads/outputs/${outputId}/expected`,
      storage_status: 'ok',
    };
    return HttpResponse.json(body);
  };
}

export function sampleHandlers(base: string): HttpHandler[] {
  const runs = SCOPES.runs;
  return [
    http.get(
      `${base}/samples/:sample_id`,
      endpoint(runs, ({ params }) => HttpResponse.json(sampleBody(pathId('sample_id', params.sample_id)))),
    ),
    http.get(`${base}/samples/:sample_id/history`, endpoint(runs, sampleHistoryPage)),
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      endpoint(runs, ({ params, token }) =>
        HttpResponse.json(regressionTestBody(requireTest(pathId('regression_test_id', params.regression_test_id)), token)),
      ),
    ),
    http.get(`${base}/regression-tests/:regression_test_id/outputs/:output_id/download`, endpoint(runs, baselineDownload(base))),
  ];
}

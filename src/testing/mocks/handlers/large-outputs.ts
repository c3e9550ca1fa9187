// The file routes of the generated large outputs (../data/large-outputs.ts), in any run, their result there and their
// regression test 9000: each handler answers only for their ids and otherwise lets the request fall through to the
// regular handlers.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { RegressionTest, RunSample } from '../data/api-types';
import { toRegressionTest } from '../data/bodies';
import { diffBody, outputFileBody, unifiedBody } from '../data/file-bodies';
import {
  LARGE_OUTPUTS,
  LARGE_REGRESSION_ID,
  LARGE_SAMPLE_ID,
  LARGE_SAMPLE_NAME,
  largeActualFile,
  largeExpectedFile,
  largeOutput,
  largeOutputFilename,
} from '../data/large-outputs';
import { notFound } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, only, type Context, type Info } from './endpoint';
import { fileQuery, fileRoutes, type FileKind, type RouteStyle } from './files';

function fileRoute(kind: FileKind, style: RouteStyle) {
  return (context: Context): Response => {
    const { ids, format, diffFormat, context: lines } = fileQuery(kind, style, context);
    if (ids.regressionId !== LARGE_REGRESSION_ID) throw notFound('regression_test', ids.regressionId);
    const def = largeOutput(ids.outputId);
    if (!def) throw notFound('output', ids.outputId);
    const expected = largeExpectedFile(def.lines);
    const actual = largeActualFile(def);
    // Under the 1 MiB cap, every one of them: never cut.
    if (kind === 'expected')
      return HttpResponse.json(outputFileBody({ ...ids, runId: null }, largeOutputFilename(def), expected, format, 'ok', null));
    if (kind === 'actual') return HttpResponse.json(outputFileBody(ids, largeOutputFilename(def), actual, format, 'ok', null));
    // No unified text: the bench and the large-output spec read the structured diff.
    if (diffFormat === 'unified') return HttpResponse.json(unifiedBody(ids, ''));
    return HttpResponse.json(diffBody(ids, { kind: 'different', cacheKey: `large ${ids.outputId}`, expected, actual }, lines));
  };
}

const ownsSample = (info: Info) => info.params.sample_id === String(LARGE_SAMPLE_ID);
const isLargeTest = (info: Info) => info.params.regression_test_id === String(LARGE_REGRESSION_ID);

/** The regression test of every large output: each one's expected file is its baseline ("large_40000_scattered.srt"). */
/** Their regression test, as the regression-test and result bodies both describe it. */
const LARGE_TEST = {
  id: LARGE_REGRESSION_ID,
  sampleId: LARGE_SAMPLE_ID,
  command: '-out=srt',
  expectedRc: 0,
  categories: ['Benchmark'],
  description: null,
};

function largeRegressionTest(): RegressionTest {
  return toRegressionTest(
    LARGE_TEST,
    LARGE_SAMPLE_NAME,
    LARGE_OUTPUTS.map((def) => ({
      id: def.outputId,
      correct: largeExpectedFile(def.lines).sha256(),
      correct_extension: '.srt',
      expected_filename: largeOutputFilename(def).replace(/^large|\.srt$/g, ''),
      ignore: false,
      variants: [],
    })),
  );
}

/** Their result in any run (`GET /runs/{r}/samples/9000`, which the output screen asks for): every output differs. */
function largeResult(): RunSample {
  return {
    regression_test_id: LARGE_TEST.id,
    sample_id: LARGE_TEST.sampleId,
    sample_name: LARGE_SAMPLE_NAME,
    categories: LARGE_TEST.categories,
    command: LARGE_TEST.command,
    status: 'fail',
    runtime_ms: 1_000,
    exit_code: 0,
    expected_rc: LARGE_TEST.expectedRc,
    outputs: LARGE_OUTPUTS.map((def) => ({ output_id: def.outputId, filename: largeOutputFilename(def), status: 'fail' })),
  };
}

/** Handlers for the large outputs, to be listed before the regular ones. */
export function largeOutputHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      only(
        isLargeTest,
        endpoint(SCOPES.runs, () => HttpResponse.json(largeRegressionTest())),
      ),
    ),
    http.get(
      `${base}/runs/:run_id/samples/:regression_test_id`,
      only(
        isLargeTest,
        endpoint(SCOPES.runs, () => HttpResponse.json(largeResult())),
      ),
    ),
    ...fileRoutes(base, (kind, style) => only(ownsSample, endpoint(SCOPES.results, fileRoute(kind, style)))),
  ];
}

// The three file routes, /actual, /expected and /diff, in both styles: the query style
// (`/runs/{run}/samples/{sample}/diff?regression_id=…&output_id=…`) and the path style
// (`…/regression-tests/{regression_id}/outputs/{output_id}/diff`); and the whole files behind `download_url`.
// The special runs (hostile, platform-style, large outputs) answer their own ids on the same routes with the parts
// exported here.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DIFF_FORMATS, FILE_FORMATS, type DiffFormat, type FileFormat, type OutputFile, type StorageStatus } from '../data/api-types';
import { getCatalog, outputFilename, type OutputDef, type TestDef } from '../data/catalog';
import { diffBody, diffText, idFields, outputFileBody, unifiedBody, type DiffInput, type FileIds } from '../data/file-bodies';
import { actualFile, expectedFile } from '../data/files';
import { getOutcome } from '../data/outcomes';
import { ApiFailure, notFound, Params } from '../data/request-params';
import { findRun, MAIN_RUN_ID } from '../data/runs';
import { SCOPES } from '../tokens';
import { endpoint, rateLimitOnce, type Context, type Info, type SignedIn } from './endpoint';
import { requireRun } from './runs';
import { sampleBody } from './samples';

export type FileKind = 'actual' | 'expected' | 'diff';
export type RouteStyle = 'query' | 'path';
export type RunFileIds = FileIds & { runId: number };

/** The checked parameters of a file route: its four ids, `format` (of a file or of a diff) and `context_lines`. */
export type FileQuery = { ids: RunFileIds; format: FileFormat; diffFormat: DiffFormat; context: number };

/** Reads a file route's parameters, every bad one reported at once (400). */
export function fileQuery(kind: FileKind, style: RouteStyle, { url, params }: Pick<Context, 'url' | 'params'>): FileQuery {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const sampleId = p.id('sample_id', params.sample_id);
  const regressionId = p.id('regression_id', style === 'path' ? params.regression_id : p.raw('regression_id'));
  const outputId = p.id('output_id', style === 'path' ? params.output_id : p.raw('output_id'));
  const format = kind === 'diff' ? 'base64' : (p.oneOf('format', FILE_FORMATS) ?? 'base64');
  const diffFormat = kind === 'diff' ? (p.oneOf('format', DIFF_FORMATS) ?? 'structured') : 'structured';
  const context = kind === 'diff' ? p.int('context_lines', 1, 50, 3) : 3;
  p.check();
  return { ids: { runId, sampleId, regressionId, outputId }, format, diffFormat, context };
}

/** The six file routes (three kinds, two styles), each answered by `route(kind, style)`. */
export function fileRoutes(
  base: string,
  route: (kind: FileKind, style: RouteStyle) => (info: Info) => Response | undefined,
): HttpHandler[] {
  const prefix = {
    query: `${base}/runs/:run_id/samples/:sample_id`,
    path: `${base}/runs/:run_id/samples/:sample_id/regression-tests/:regression_id/outputs/:output_id`,
  };
  return (['query', 'path'] as const).flatMap((style) =>
    (['actual', 'expected', 'diff'] as const).map((kind) => http.get(`${prefix[style]}/${kind}`, route(kind, style))),
  );
}

/** /actual of an output that matched: 204 in the query style, 303 to /expected (same origin and query) in the path style. */
export function matchedActual(style: RouteStyle, request: Request): Response {
  if (style === 'query') return new HttpResponse(null, { status: 204 });
  const url = new URL(request.url);
  const location = `${url.origin}${url.pathname.replace(/\/actual$/, '/expected')}${url.search}`;
  return new HttpResponse(null, { status: 303, headers: { Location: location } });
}

/** The 404 of an output the regression test did not produce. */
export const missingOutput = (ids: RunFileIds, message: string) => new ApiFailure(404, 'missing_output', message, idFields(ids));

// ---- The regular runs ---------------------------------------------------------------------------------------

type FileRequest = FileQuery & { output: OutputDef; test: TestDef };

function fileRequest(kind: FileKind, style: RouteStyle, context: Context): FileRequest {
  const query = fileQuery(kind, style, context);
  const { runId, sampleId, regressionId, outputId } = query.ids;
  requireRun(runId);
  sampleBody(sampleId);
  const test = getCatalog().test(regressionId);
  if (!test || test.sampleId !== sampleId) throw notFound('regression_test', regressionId);
  const output = test.outputs.find((o) => o.id === outputId);
  if (!output) throw notFound('output', outputId);
  return { ...query, output, test };
}

/** The one-time 429 of the rateLimited scenario: the first /actual and the first /diff per token. */
function checkOneTime429(kind: FileKind, file: FileRequest, token: string): void {
  if (kind === 'expected' || file.ids.runId !== MAIN_RUN_ID || file.test.scenario?.scenario !== 'rateLimited') return;
  rateLimitOnce(`${token}\n${kind}`);
}

function storageOf(file: FileRequest): StorageStatus {
  return file.ids.runId === MAIN_RUN_ID ? (file.output.scenario?.storage ?? 'ok') : 'ok';
}

function downloadUrl(base: string, side: 'actual' | 'expected', { ids }: FileRequest): string {
  return side === 'actual'
    ? `${base}/downloads/runs/${ids.runId}/outputs/${ids.outputId}/actual`
    : `${base}/downloads/outputs/${ids.outputId}/expected`;
}

function fileRoute(base: string, kind: FileKind, style: RouteStyle) {
  return (context: SignedIn): Response => {
    const file = fileRequest(kind, style, context);
    checkOneTime429(kind, file, context.token);
    const { ids } = file;

    if (kind === 'expected') {
      const expected = expectedFile(file.output);
      if (!expected) throw new ApiFailure(404, 'missing_expected', 'No expected baseline exists for this output.', idFields(ids));
      const body: OutputFile = outputFileBody(
        { ...ids, runId: null },
        outputFilename(file.output),
        expected,
        file.format,
        'ok',
        downloadUrl(base, 'expected', file),
      );
      return HttpResponse.json(body);
    }

    const outcome = getOutcome(ids.runId, ids.regressionId);
    const state = outcome.outputs.get(ids.outputId);
    if (!state) throw missingOutput(ids, `The regression test produced no output file in this run (result status: ${outcome.status}).`);
    if (state.state === 'missing_output') throw missingOutput(ids, 'The regression test produced no output file.');

    if (kind === 'actual') {
      if (state.state === 'pass') return matchedActual(style, context.request);
      const actual = actualFile(file.output, state.actual);
      return HttpResponse.json(
        outputFileBody(ids, outputFilename(file.output), actual, file.format, storageOf(file), downloadUrl(base, 'actual', file)),
      );
    }

    let input: DiffInput;
    if (state.state === 'pass') input = { kind: 'identical' };
    else if (storageOf(file) === 'missing') input = { kind: 'missing_actual' };
    else {
      const actual = actualFile(file.output, state.actual);
      const cacheKey = `${ids.outputId}:${state.actual}`;
      input =
        state.state === 'missing_expected'
          ? { kind: 'missing_expected', cacheKey, expected: null, actual }
          : { kind: 'different', cacheKey, expected: expectedFile(file.output), actual };
    }
    if (file.diffFormat === 'structured') return HttpResponse.json(diffBody(ids, input, file.context));
    const name = outputFilename(file.output);
    return HttpResponse.json(
      unifiedBody(
        ids,
        diffText(input, file.context, input.kind === 'missing_expected' ? '/dev/null' : `expected/${name}`, `actual/${name}`),
      ),
    );
  };
}

/** Whole files behind download_url, without a token, as a signed storage link would be. */
function download(side: 'actual' | 'expected') {
  return ({ params }: Context): Response => {
    const output = getCatalog().output(Number(params.output_id));
    const runId = Number(params.run_id);
    let bytes: Uint8Array | undefined;
    let type = 'application/octet-stream';
    if (output && side === 'expected') {
      const file = expectedFile(output);
      bytes = file?.bytes;
      type = file?.contentType ?? type;
    } else if (output && findRun(runId)) {
      const state = getOutcome(runId, output.testId).outputs.get(output.id);
      const file = state && 'actual' in state ? actualFile(output, state.actual) : undefined;
      bytes = file?.bytes;
      type = file?.contentType ?? type;
    }
    if (!bytes || !output) throw new ApiFailure(404, 'not_found', 'No such file.', { resource: 'output', id: Number(params.output_id) });
    const name = outputFilename(output);
    return new HttpResponse(bytes.slice().buffer, {
      headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` },
    });
  };
}

export function fileHandlers(base: string): HttpHandler[] {
  return [
    ...fileRoutes(base, (kind, style) => endpoint(SCOPES.results, fileRoute(base, kind, style))),
    http.get(`${base}/downloads/runs/:run_id/outputs/:output_id/actual`, endpoint('public', download('actual'))),
    http.get(`${base}/downloads/outputs/:output_id/expected`, endpoint('public', download('expected'))),
  ];
}

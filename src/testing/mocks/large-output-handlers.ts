// The file routes of the generated large outputs (./data/large-outputs.ts), in any run: each handler answers
// only for their sample id and otherwise lets the request fall through to the regular handlers.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FileFormat, OutputFile } from './data/api-types';
import { toBase64 } from './data/bytes';
import { diffBody } from './data/file-bodies';
import type { FileData } from './data/files';
import {
  LARGE_REGRESSION_ID,
  LARGE_SAMPLE_ID,
  largeActualFile,
  largeExpectedFile,
  largeOutput,
  largeOutputFilename,
  type LargeOutputDef,
} from './data/large-outputs';
import { notFound, Params } from './data/request-params';
import type { EndpointWrapper } from './hostile-handlers';

type Info = Parameters<ReturnType<EndpointWrapper>>[0];
type Context = Parameters<Parameters<EndpointWrapper>[1]>[0];
type Ids = { runId: number; sampleId: number; regressionId: number; outputId: number };

function body(ids: Ids, runId: number | null, def: LargeOutputDef, file: FileData, format: FileFormat): OutputFile {
  return {
    run_id: runId,
    sample_id: ids.sampleId,
    regression_id: ids.regressionId,
    output_id: ids.outputId,
    filename: largeOutputFilename(def),
    content_type: file.contentType,
    encoding: format === 'text' ? 'utf-8' : 'base64',
    content: format === 'text' ? (file.text ?? '') : toBase64(file.bytes),
    storage_status: 'ok',
    sha256: file.sha256(),
  };
}

function fileRoute(kind: 'actual' | 'expected' | 'diff', style: 'query' | 'path') {
  return ({ url, params }: Context): Response => {
    const p = new Params(url.searchParams);
    const runId = p.id('run_id', params.run_id);
    const sampleId = p.id('sample_id', params.sample_id);
    const regressionId = p.id('regression_id', style === 'path' ? params.regression_id : p.raw('regression_id'));
    const outputId = p.id('output_id', style === 'path' ? params.output_id : p.raw('output_id'));
    const format = kind === 'diff' ? 'base64' : (p.oneOf('format', ['text', 'base64'] as const) ?? 'base64');
    const diffFormat = kind === 'diff' ? (p.oneOf('format', ['structured', 'unified'] as const) ?? 'structured') : 'structured';
    const context = kind === 'diff' ? p.int('context_lines', 1, 50, 3) : 3;
    p.check();
    if (regressionId !== LARGE_REGRESSION_ID) throw notFound('regression_test', regressionId);
    const def = largeOutput(outputId);
    if (!def) throw notFound('output', outputId);
    const ids = { runId, sampleId, regressionId, outputId };
    const expected = largeExpectedFile(def.lines);
    const actual = largeActualFile(def);
    if (kind === 'expected') return HttpResponse.json(body(ids, null, def, expected, format));
    if (kind === 'actual') return HttpResponse.json(body(ids, runId, def, actual, format));
    if (diffFormat === 'unified') {
      return HttpResponse.json({ run_id: runId, sample_id: sampleId, regression_id: regressionId, output_id: outputId, format: 'unified', content: '' });
    }
    return HttpResponse.json(diffBody(ids, { kind: 'different', cacheKey: `large ${outputId}`, expected, actual }, context));
  };
}

const ownsSample = (info: Info) => info.params.sample_id === String(LARGE_SAMPLE_ID);

/** Handlers for the large outputs, to be listed before the regular ones. */
export function largeOutputHandlers(base: string, endpoint: EndpointWrapper): HttpHandler[] {
  return (['query', 'path'] as const).flatMap((style) => {
    const prefix =
      style === 'query'
        ? `${base}/runs/:run_id/samples/:sample_id`
        : `${base}/runs/:run_id/samples/:sample_id/regression-tests/:regression_id/outputs/:output_id`;
    return (['actual', 'expected', 'diff'] as const).map((kind) =>
      http.get(`${prefix}/${kind}`, (info) => (ownsSample(info) ? endpoint('results:read', fileRoute(kind, style))(info) : undefined)),
    );
  });
}

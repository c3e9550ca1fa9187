// The file routes of the generated large outputs (../data/large-outputs.ts), in any run: each handler answers
// only for their sample id and otherwise lets the request fall through to the regular handlers.
import { HttpResponse, type HttpHandler } from 'msw';
import type { FileFormat, OutputFile } from '../data/api-types';
import { toBase64 } from '../data/bytes';
import { diffBody } from '../data/file-bodies';
import type { FileData } from '../data/files';
import {
  LARGE_REGRESSION_ID,
  LARGE_SAMPLE_ID,
  largeActualFile,
  largeExpectedFile,
  largeOutput,
  largeOutputFilename,
  type LargeOutputDef,
} from '../data/large-outputs';
import { notFound } from '../data/request-params';
import { SCOPES } from '../tokens';
import { endpoint, only, type Context, type Info } from './endpoint';
import { fileQuery, fileRoutes, type FileKind, type RouteStyle, type RunFileIds } from './files';

function body(ids: RunFileIds, runId: number | null, def: LargeOutputDef, file: FileData, format: FileFormat): OutputFile {
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

function fileRoute(kind: FileKind, style: RouteStyle) {
  return (context: Context): Response => {
    const { ids, format, diffFormat, context: lines } = fileQuery(kind, style, context);
    if (ids.regressionId !== LARGE_REGRESSION_ID) throw notFound('regression_test', ids.regressionId);
    const def = largeOutput(ids.outputId);
    if (!def) throw notFound('output', ids.outputId);
    const expected = largeExpectedFile(def.lines);
    const actual = largeActualFile(def);
    if (kind === 'expected') return HttpResponse.json(body(ids, null, def, expected, format));
    if (kind === 'actual') return HttpResponse.json(body(ids, ids.runId, def, actual, format));
    if (diffFormat === 'unified') {
      return HttpResponse.json({ run_id: ids.runId, sample_id: ids.sampleId, regression_id: ids.regressionId, output_id: ids.outputId, format: 'unified', content: '' });
    }
    return HttpResponse.json(diffBody(ids, { kind: 'different', cacheKey: `large ${ids.outputId}`, expected, actual }, lines));
  };
}

const ownsSample = (info: Info) => info.params.sample_id === String(LARGE_SAMPLE_ID);

/** Handlers for the large outputs, to be listed before the regular ones. */
export function largeOutputHandlers(base: string): HttpHandler[] {
  return fileRoutes(base, (kind, style) => only(ownsSample, endpoint(SCOPES.results, fileRoute(kind, style))));
}

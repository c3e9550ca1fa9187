// The routes of the hostile runs (./data/hostile.ts). Each handler answers only for a hostile id and otherwise
// lets the request fall through to the regular handlers, so the rest of the demo is unchanged.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FileFormat } from './data/api-types';
import { utf8 } from './data/bytes';
import { diffBody, type DiffInput } from './data/file-bodies';
import type { FileData } from './data/files';
import {
  HOSTILE_BRANCH,
  HOSTILE_COMMIT_SHA,
  HOSTILE_RUNS,
  HOSTILE_TESTS,
  hostileHistory,
  hostileOutputFile,
  hostileRegressionTest,
  hostileRunById,
  hostileRunSample,
  hostileSample,
  hostileSummary,
  hostileTestById,
  hostileTestOfSample,
  type HostileOutput,
  type HostileTest,
} from './data/hostile';
import { sha256Hex } from './data/sha256';
import { ApiFailure, notFound, paginate, Params } from './data/request-params';
import type { RunDef } from './data/runs';

type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };
type Context = { request: Request; url: URL; params: Record<string, string | undefined> };
/** The auth, scope and rate-limit wrapper of handlers.ts. */
export type EndpointWrapper = (access: 'runs:read' | 'results:read', handle: (context: Context) => Response) => (info: Info) => Response;

const param = (info: Info, name: string) => {
  const value = info.params[name];
  return typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : null;
};

const hostileRun = (info: Info) => {
  const id = param(info, 'run_id');
  return id !== null && hostileRunById(id) !== undefined;
};

/** The hostile runs `GET /runs` lists: only when asked for their branch or commit. */
export function listedHostileRuns(branch: string | null, commitSha: string | null): RunDef[] {
  if (branch !== HOSTILE_BRANCH && commitSha?.toLowerCase() !== HOSTILE_COMMIT_SHA) return [];
  return HOSTILE_RUNS.map((run) => ({ run, ccxVersion: '0.95', profile: { kind: 'main' } }));
}

function fileData(text: string): FileData {
  const bytes = utf8(text);
  return { bytes, contentType: 'application/x-subrip', text, sha256: () => sha256Hex(bytes) };
}

type FileKind = 'actual' | 'expected' | 'diff';

function fileRequest(kind: FileKind, style: 'query' | 'path', { url, params }: Context) {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const sampleId = p.id('sample_id', params.sample_id);
  const regressionId = p.id('regression_id', style === 'path' ? params.regression_id : p.raw('regression_id'));
  const outputId = p.id('output_id', style === 'path' ? params.output_id : p.raw('output_id'));
  const format = kind === 'diff' ? (p.oneOf('format', ['structured', 'unified'] as const) ?? 'structured') : (p.oneOf('format', ['text', 'base64'] as const satisfies readonly FileFormat[]) ?? 'base64');
  const context = kind === 'diff' ? p.int('context_lines', 1, 50, 3) : 3;
  p.check();
  const test = hostileTestOfSample(sampleId);
  if (!test) throw notFound('sample', sampleId);
  if (test.id !== regressionId) throw notFound('regression_test', regressionId);
  const output = test.outputs.find((o) => o.id === outputId);
  if (!output) throw notFound('output', outputId);
  return { ids: { runId, sampleId, regressionId, outputId }, test, output, format, context };
}

function missingOutput(output: HostileOutput, ids: Record<string, number>): ApiFailure {
  return new ApiFailure(404, 'missing_output', output.missingMessage ?? 'The regression test produced no output file.', {
    run_id: ids.runId,
    sample_id: ids.sampleId,
    regression_id: ids.regressionId,
    output_id: ids.outputId,
  });
}

function fileRoute(kind: FileKind, style: 'query' | 'path') {
  return (context: Context): Response => {
    const { ids, test, output, format, context: lines } = fileRequest(kind, style, context);
    if (kind === 'expected') {
      if (output.expected === null) {
        throw new ApiFailure(404, 'missing_expected', 'No expected baseline exists for this output.', { ...ids });
      }
      return HttpResponse.json(hostileOutputFile({ ...ids, runId: null }, test, output, output.expected, format === 'text' ? 'text' : 'base64'));
    }
    if (output.status === 'missing_output') throw missingOutput(output, ids);
    if (kind === 'actual') {
      if (output.status === 'pass') {
        if (style === 'query') return new HttpResponse(null, { status: 204 });
        const url = new URL(context.request.url);
        return new HttpResponse(null, { status: 303, headers: { Location: `${url.origin}${url.pathname.replace(/\/actual$/, '/expected')}${url.search}` } });
      }
      return HttpResponse.json(hostileOutputFile(ids, test, output, output.actual ?? '', format === 'text' ? 'text' : 'base64'));
    }
    if (output.diffError) {
      const { status, code, message } = output.diffError;
      throw new ApiFailure(status, code, message, { output_id: output.id });
    }
    let input: DiffInput;
    if (output.status === 'pass') input = { kind: 'identical' };
    else {
      const actual = fileData(output.actual ?? '');
      const cacheKey = `hostile ${output.id}`;
      input = output.expected === null ? { kind: 'missing_expected', cacheKey, expected: null, actual } : { kind: 'different', cacheKey, expected: fileData(output.expected), actual };
    }
    if (format === 'unified') {
      return HttpResponse.json({ ...idsOf(ids), format: 'unified', content: '' });
    }
    return HttpResponse.json(diffBody(ids, input, lines));
  };
}

const idsOf = (ids: { runId: number; sampleId: number; regressionId: number; outputId: number }) => ({
  run_id: ids.runId,
  sample_id: ids.sampleId,
  regression_id: ids.regressionId,
  output_id: ids.outputId,
});

function results(test: HostileTest[], url: URL) {
  const p = new Params(url.searchParams);
  const limit = p.int('limit', 1, 100, 50);
  const offset = p.int('offset', 0, Number.MAX_SAFE_INTEGER, 0);
  const status = p.raw('status');
  const name = p.text('name', 255)?.toLowerCase() ?? null;
  p.check();
  const items = test
    .filter((t) => (status === null || t.status === status) && (name === null || t.sample.name.toLowerCase().includes(name)))
    .map(hostileRunSample);
  return paginate(items, limit, offset);
}

/** Handlers for the hostile ids, to be listed before the regular ones. */
export function hostileHandlers(base: string, endpoint: EndpointWrapper): HttpHandler[] {
  const runs = 'runs:read';
  const only = (owns: (info: Info) => boolean, resolver: (info: Info) => Response) => (info: Info) => (owns(info) ? resolver(info) : undefined);
  const fileHandlers = (['query', 'path'] as const).flatMap((style) => {
    const prefix =
      style === 'query'
        ? `${base}/runs/:run_id/samples/:sample_id`
        : `${base}/runs/:run_id/samples/:sample_id/regression-tests/:regression_id/outputs/:output_id`;
    return (['actual', 'expected', 'diff'] as const).map((kind) => http.get(`${prefix}/${kind}`, only(hostileRun, endpoint('results:read', fileRoute(kind, style)))));
  });
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
    http.get(`${base}/runs/:run_id`, only(hostileRun, endpoint(runs, (c) => HttpResponse.json(runOf(c))))),
    http.get(`${base}/runs/:run_id/summary`, only(hostileRun, endpoint(runs, (c) => HttpResponse.json(hostileSummary(runOf(c)))))),
    http.get(`${base}/runs/:run_id/samples`, only(hostileRun, endpoint(runs, ({ url }) => HttpResponse.json(results([...HOSTILE_TESTS], url))))),
    http.get(
      `${base}/runs/:run_id/samples/:regression_test_id`,
      only(
        hostileRun,
        endpoint(runs, (c) => HttpResponse.json(hostileRunSample(testById(c)))),
      ),
    ),
    ...fileHandlers,
    http.get(
      `${base}/samples/:sample_id`,
      only(
        (info) => hostileTestOfSample(param(info, 'sample_id') ?? 0) !== undefined,
        endpoint(runs, (c) => HttpResponse.json(hostileSample(testOfSample(c)))),
      ),
    ),
    http.get(
      `${base}/samples/:sample_id/history`,
      only(
        (info) => hostileTestOfSample(param(info, 'sample_id') ?? 0) !== undefined,
        endpoint(runs, (c) => {
          const p = new Params(c.url.searchParams);
          const limit = p.int('limit', 1, 100, 50);
          const offset = p.int('offset', 0, Number.MAX_SAFE_INTEGER, 0);
          p.check();
          return HttpResponse.json(paginate(hostileHistory(testOfSample(c)), limit, offset));
        }),
      ),
    ),
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      only(
        (info) => hostileTestById(param(info, 'regression_test_id') ?? 0) !== undefined,
        endpoint(runs, (c) => HttpResponse.json(hostileRegressionTest(testById(c)))),
      ),
    ),
  ];
}

// The whole Results API v1 contract (/work/shared/spec/api.md) as msw handlers, over the deterministic fixtures in
// ./data. The same handlers serve the browser demo (service worker), unit tests (msw/node) and scripts/mock-api.ts.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FileDownload, FileFormat, Me, OutputFile, Platform, RegressionTest, ResultStatus, Run, RunSort, RunStatus, Sample, StorageStatus } from './data/api-types';
import { getCatalog, outputFilename, type OutputDef, type TestDef } from './data/catalog';
import { diffBody, unifiedBody, outputFileBody, type DiffInput } from './data/file-bodies';
import { actualFile, expectedFile, variantHashes } from './data/files';
import { getOutcome, runResults, runSummary, sampleHistory, toRunSample } from './data/outcomes';
import { ApiFailure, notFound, paginate, Params } from './data/request-params';
import { findRun, getRuns, MAIN_RUN_ID, type RunDef } from './data/runs';
import { hostileHandlers, listedHostileRuns } from './hostile-handlers';
import { largeOutputHandlers } from './large-output-handlers';
import { listedPlatformRuns, platformHandlers } from './platform-handlers';
import { DEMO_TOKENS, SCOPES } from './tokens';

const RATE_LIMIT = 120;
const WINDOW_MS = 60_000;
const RETRY_AFTER_S = 2;

// Per-process state: reported (never enforced) rate-limit budgets, and which tokens already got the one-time 429.
const budgets = new Map<string, { start: number; count: number }>();
const rateLimitedOnce = new Set<string>();

/** Forgets the per-process state (rate-limit counters, the one-time 429). */
export function resetMockState(): void {
  budgets.clear();
  rateLimitedOnce.clear();
}

function spend(key: string): { remaining: number; reset: number } {
  const now = Date.now();
  let budget = budgets.get(key);
  if (!budget || now - budget.start >= WINDOW_MS) {
    budget = { start: now, count: 0 };
    budgets.set(key, budget);
  }
  budget.count++;
  return { remaining: Math.max(0, RATE_LIMIT - budget.count), reset: Math.ceil((budget.start + WINDOW_MS) / 1000) };
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

function errorResponse(failure: ApiFailure): Response {
  return HttpResponse.json(
    { code: failure.code, message: failure.message, details: failure.details },
    { status: failure.status, headers: failure.headers },
  );
}

type Context = {
  request: Request;
  url: URL;
  params: Record<string, string | undefined>;
  /** Null only on public routes. */
  user: Me | null;
  token: string | null;
};

/** The context of an endpoint that needs a valid token. */
type SignedIn = Context & { user: Me; token: string };

type Scope = (typeof SCOPES)[keyof typeof SCOPES];
type Access = Scope | 'signed-in' | 'public';

/** Authentication, scope check, error bodies and X-RateLimit-* headers around one endpoint. */
function endpoint<C extends Context = SignedIn>(access: Access, handle: (context: C) => Response) {
  return ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const token = bearerToken(request);
    const budget = spend(token ?? '(anonymous)');
    let response: Response;
    try {
      const user = token !== null && Object.hasOwn(DEMO_TOKENS, token) ? (DEMO_TOKENS[token]?.user ?? null) : null;
      if (access !== 'public') {
        if (!user) throw new ApiFailure(401, 'unauthorized', 'The token is missing, expired or invalid.');
        if (access !== 'signed-in' && !user.scopes.includes(access)) {
          // The platform's server sends the arrays; older descriptions name one `required_scope`: both, so the
          // viewer can be tested reading either.
          throw new ApiFailure(403, 'forbidden', `This token lacks the ${access} scope.`, {
            required_scopes: [access],
            missing_scopes: [access],
            token_scopes: user.scopes,
            required_scope: access,
          });
        }
      }
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
      response = handle({ request, url: new URL(request.url), params: flat, user, token } as C);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      response = errorResponse(error);
    }
    const rateLimited = response.status === 429;
    response.headers.set('X-RateLimit-Limit', String(RATE_LIMIT));
    response.headers.set('X-RateLimit-Remaining', String(rateLimited ? 0 : budget.remaining));
    response.headers.set('X-RateLimit-Reset', String(budget.reset));
    return response;
  };
}

// The spec's enums as values, checked against the generated types.
const RUN_STATUSES = ['queued', 'running', 'pass', 'fail', 'canceled', 'incomplete', 'error'] as const satisfies readonly RunStatus[];
const RESULT_STATUSES = ['pass', 'fail', 'skipped', 'missing_output', 'running', 'not_started'] as const satisfies readonly ResultStatus[];
const PLATFORMS = ['linux', 'windows'] as const satisfies readonly Platform[];
const RUN_SORTS = ['-created_at', 'created_at', '-run_id', 'run_id'] as const satisfies readonly RunSort[];
const FILE_FORMATS = ['text', 'base64'] as const satisfies readonly FileFormat[];
const DIFF_FORMATS = ['structured', 'unified'] as const;

function pageParams(params: Params) {
  return { limit: params.int('limit', 1, 100, 50), offset: params.int('offset', 0, Number.MAX_SAFE_INTEGER, 0) };
}

function requireRun(id: number): RunDef {
  const def = findRun(id);
  if (!def) throw notFound('run', id);
  return def;
}

function requireTest(id: number): TestDef {
  const test = getCatalog().test(id);
  if (!test) throw notFound('regression_test', id);
  return test;
}

function listRuns({ url }: Context): Response {
  const p = new Params(url.searchParams);
  const { limit, offset } = pageParams(p);
  const status = p.oneOf('status', RUN_STATUSES);
  const platform = p.oneOf('platform', PLATFORMS);
  const branch = p.text('branch', 255);
  const sha = p.sha('commit_sha');
  const version = p.text('ccx_version', 50);
  const repository = p.text('repository', 255)?.toLowerCase() ?? null;
  const after = p.dateTime('created_after');
  const before = p.dateTime('created_before');
  const sort = p.oneOf('sort', RUN_SORTS) ?? '-created_at';
  p.check();

  const created = (run: Run) => Date.parse(run.created_at ?? '');
  // The hostile runs only when asked for by branch or commit (data/hostile.ts); the platform-style runs always.
  const runs = [...getRuns(), ...listedPlatformRuns(), ...listedHostileRuns(branch, sha)]
    .filter((def) => {
      const run = def.run;
      return (
        (!status || run.status === status) &&
        (!platform || run.platform === platform) &&
        (branch === null || run.branch === branch) &&
        (sha === null || run.commit_sha === sha) &&
        (version === null || def.ccxVersion === version) &&
        (repository === null || run.repository.toLowerCase() === repository) &&
        (after === null || created(run) > after) &&
        (before === null || created(run) < before)
      );
    })
    .map((def) => def.run);
  const key = sort.replace('-', '') === 'run_id' ? (run: Run) => run.run_id : created;
  const direction = sort.startsWith('-') ? -1 : 1;
  runs.sort((a, b) => direction * (key(a) - key(b)) || direction * (a.run_id - b.run_id));
  return HttpResponse.json(paginate(runs, limit, offset));
}

function listRunSamples({ url, params }: Context): Response {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const { limit, offset } = pageParams(p);
  const status = p.oneOf('status', RESULT_STATUSES);
  const name = p.text('name', 255)?.toLowerCase() ?? null;
  const tag = p.text('tag', 100)?.toLowerCase() ?? null;
  const category = p.text('category', 100)?.toLowerCase() ?? null;
  p.check();
  requireRun(runId);
  const catalog = getCatalog();
  const results = runResults(runId)
    .filter((outcome) => {
      const sample = catalog.sample(outcome.test.sampleId);
      return (
        (!status || outcome.status === status) &&
        (name === null || !!sample?.originalName.toLowerCase().includes(name)) &&
        (tag === null || !!sample?.tags.some((t) => t.toLowerCase() === tag)) &&
        (category === null || outcome.test.categories.some((c) => c.toLowerCase() === category))
      );
    })
    .map(toRunSample);
  return HttpResponse.json(paginate(results, limit, offset));
}

function sampleBody(id: number): Sample {
  const sample = getCatalog().sample(id);
  if (!sample) throw notFound('sample', id);
  return {
    sample_id: sample.id,
    sha: sample.sha,
    extension: sample.extension,
    original_name: sample.originalName,
    filename: `${sample.sha}.${sample.extension}`,
    tags: sample.tags,
    regression_test_count: sample.testIds.length,
    active: true,
  };
}

function regressionTestBody(test: TestDef): RegressionTest {
  const catalog = getCatalog();
  return {
    regression_test_id: test.id,
    sample_id: test.sampleId,
    sample_name: catalog.sample(test.sampleId)?.originalName ?? '',
    command: test.command,
    input_type: test.inputType,
    output_type: test.outputType,
    expected_rc: test.expectedRc,
    active: true,
    categories: test.categories,
    description: test.description,
    outputs: test.outputs.map((output) => ({
      id: output.id,
      correct: expectedFile(output)?.sha256() ?? '',
      correct_extension: output.extension,
      expected_filename: output.suffix,
      ignore: output.ignore,
      variants: variantHashes(output),
    })),
  };
}

function sampleHistoryPage({ url, params }: Context): Response {
  const p = new Params(url.searchParams);
  const sampleId = p.id('sample_id', params.sample_id);
  const { limit, offset } = pageParams(p);
  const testId = p.optionalId('regression_test_id');
  const status = p.oneOf('status', RESULT_STATUSES);
  const branch = p.text('branch', 255);
  const platform = p.oneOf('platform', PLATFORMS);
  p.check();
  sampleBody(sampleId);
  const entries = sampleHistory(sampleId).filter(
    (entry) =>
      (testId === null || entry.regression_test_id === testId) &&
      (!status || entry.status === status) &&
      (branch === null || entry.branch === branch) &&
      (!platform || entry.platform === platform),
  );
  return HttpResponse.json(paginate(entries, limit, offset));
}

// ---- File routes --------------------------------------------------------------------------------------------

type FileKind = 'actual' | 'expected' | 'diff';
type RouteStyle = 'query' | 'path';

type FileRequest = {
  runId: number;
  sampleId: number;
  regressionId: number;
  outputId: number;
  output: OutputDef;
  test: TestDef;
  format: FileFormat | (typeof DIFF_FORMATS)[number];
  context: number;
};

function parseFileRequest(kind: FileKind, style: RouteStyle, { url, params }: Context): FileRequest {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const sampleId = p.id('sample_id', params.sample_id);
  const regressionId = p.id('regression_id', style === 'path' ? params.regression_id : p.raw('regression_id'));
  const outputId = p.id('output_id', style === 'path' ? params.output_id : p.raw('output_id'));
  const format = kind === 'diff' ? (p.oneOf('format', DIFF_FORMATS) ?? 'structured') : (p.oneOf('format', FILE_FORMATS) ?? 'base64');
  const context = kind === 'diff' ? p.int('context_lines', 1, 50, 3) : 3;
  p.check();

  requireRun(runId);
  sampleBody(sampleId);
  const test = getCatalog().test(regressionId);
  if (!test || test.sampleId !== sampleId) throw notFound('regression_test', regressionId);
  const output = test.outputs.find((o) => o.id === outputId);
  if (!output) throw notFound('output', outputId);
  return { runId, sampleId, regressionId, outputId, output, test, format, context };
}

function missingOutput(file: FileRequest, detail: string): ApiFailure {
  const { runId, sampleId, regressionId, outputId } = file;
  return new ApiFailure(404, 'missing_output', `The regression test produced no output file${detail}.`, {
    run_id: runId,
    sample_id: sampleId,
    regression_id: regressionId,
    output_id: outputId,
  });
}

/** The one-time 429 of the rateLimited scenario: the first /actual and the first /diff per token. */
function checkOneTime429(kind: FileKind, file: FileRequest, token: string): void {
  if (kind === 'expected' || file.runId !== MAIN_RUN_ID || file.test.scenario?.scenario !== 'rateLimited') return;
  const key = `${token}\n${kind}`;
  if (rateLimitedOnce.has(key)) return;
  rateLimitedOnce.add(key);
  throw new ApiFailure(
    429,
    'rate_limited',
    `Too many requests: try again in ${RETRY_AFTER_S} seconds.`,
    { retry_after: RETRY_AFTER_S, limit: RATE_LIMIT, window: '60s' },
    { 'Retry-After': String(RETRY_AFTER_S) },
  );
}

function storageOf(file: FileRequest): StorageStatus {
  return file.runId === MAIN_RUN_ID ? (file.output.scenario?.storage ?? 'ok') : 'ok';
}

function downloadUrl(base: string, side: 'actual' | 'expected', file: FileRequest): string {
  return side === 'actual'
    ? `${base}/downloads/runs/${file.runId}/outputs/${file.outputId}/actual`
    : `${base}/downloads/outputs/${file.outputId}/expected`;
}

function fileRoute(base: string, kind: FileKind, style: RouteStyle) {
  return (context: SignedIn): Response => {
    const file = parseFileRequest(kind, style, context);
    checkOneTime429(kind, file, context.token);
    const ids = { runId: file.runId, sampleId: file.sampleId, regressionId: file.regressionId, outputId: file.outputId };
    const format = file.format === 'text' ? 'text' : 'base64';

    if (kind === 'expected') {
      const expected = expectedFile(file.output);
      if (!expected) {
        throw new ApiFailure(404, 'missing_expected', 'No expected baseline exists for this output.', {
          run_id: file.runId,
          sample_id: file.sampleId,
          regression_id: file.regressionId,
          output_id: file.outputId,
        });
      }
      const body: OutputFile = outputFileBody({ ...ids, runId: null }, file.output, expected, format, 'ok', downloadUrl(base, 'expected', file));
      return HttpResponse.json(body);
    }

    const outcome = getOutcome(file.runId, file.regressionId);
    const state = outcome.outputs.get(file.outputId);
    if (!state) throw missingOutput(file, ` in this run (result status: ${outcome.status})`);
    if (state.state === 'missing_output') throw missingOutput(file, '');

    if (kind === 'actual') {
      if (state.state === 'pass') {
        if (style === 'query') return new HttpResponse(null, { status: 204 });
        const url = new URL(context.request.url);
        const location = `${url.origin}${url.pathname.replace(/\/actual$/, '/expected')}${url.search}`;
        return new HttpResponse(null, { status: 303, headers: { Location: location } });
      }
      const actual = actualFile(file.output, state.actual);
      return HttpResponse.json(outputFileBody(ids, file.output, actual, format, storageOf(file), downloadUrl(base, 'actual', file)));
    }

    let input: DiffInput;
    if (state.state === 'pass') input = { kind: 'identical' };
    else if (storageOf(file) === 'missing') input = { kind: 'missing_actual' };
    else {
      const actual = actualFile(file.output, state.actual);
      const cacheKey = `${file.outputId}:${state.actual}`;
      input =
        state.state === 'missing_expected'
          ? { kind: 'missing_expected', cacheKey, expected: null, actual }
          : { kind: 'different', cacheKey, expected: expectedFile(file.output), actual };
    }
    return HttpResponse.json(file.format === 'unified' ? unifiedBody(ids, input, file.context, file.output) : diffBody(ids, input, file.context));
  };
}

/**
 * `GET /regression-tests/{id}/outputs/{oid}/download`: where the current baseline of an output is stored — the
 * demo's own download link (below), for any output that has one. On the platform's server the only way to the
 * expected file of a missing output.
 */
function baselineDownload(base: string) {
  return ({ url, params }: Context): Response => {
    const p = new Params(url.searchParams);
    const testId = p.id('regression_test_id', params.regression_test_id);
    const outputId = p.id('output_id', params.output_id);
    p.check();
    const output = requireTest(testId).outputs.find((o) => o.id === outputId);
    if (!output) throw notFound('output', outputId);
    if (!expectedFile(output)) throw new ApiFailure(404, 'not_found', `Output ${outputId} has no expected baseline.`, { resource: 'output', id: outputId });
    const body: FileDownload = { filename: outputFilename(output), download_url: `${base}/downloads/outputs/${outputId}/expected`, storage_status: 'ok' };
    return HttpResponse.json(body);
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

export function createHandlers(baseUrl: string): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const runs = SCOPES.runs;
  const results = SCOPES.results;
  const filePrefix = {
    query: `${base}/runs/:run_id/samples/:sample_id`,
    path: `${base}/runs/:run_id/samples/:sample_id/regression-tests/:regression_id/outputs/:output_id`,
  };
  const fileHandlers = (['query', 'path'] as const).flatMap((style) =>
    (['actual', 'expected', 'diff'] as const).map((kind) => http.get(`${filePrefix[style]}/${kind}`, endpoint(results, fileRoute(base, kind, style)))),
  );

  return [
    // Answer only for the ids of the hostile runs (data/hostile.ts); everything else falls through.
    ...hostileHandlers(base, endpoint),
    // The generated large outputs (data/large-outputs.ts) of the benchmark, likewise.
    ...largeOutputHandlers(base, endpoint),
    // Runs 9473 and 9474, answering the way the platform's own server does (data/platform-runs.ts), likewise.
    ...platformHandlers(base, endpoint),
    http.get(`${base}/auth/me`, endpoint('signed-in', ({ user }) => HttpResponse.json(user))),
    http.get(`${base}/runs`, endpoint(runs, listRuns)),
    http.get(
      `${base}/runs/:run_id`,
      endpoint(runs, ({ url, params }) => {
        const p = new Params(url.searchParams);
        const id = p.id('run_id', params.run_id);
        p.check();
        return HttpResponse.json(requireRun(id).run);
      }),
    ),
    http.get(
      `${base}/runs/:run_id/summary`,
      endpoint(runs, ({ url, params }) => {
        const p = new Params(url.searchParams);
        const id = p.id('run_id', params.run_id);
        p.check();
        return HttpResponse.json(runSummary(requireRun(id)));
      }),
    ),
    http.get(`${base}/runs/:run_id/samples`, endpoint(runs, listRunSamples)),
    http.get(
      `${base}/runs/:run_id/samples/:regression_test_id`,
      endpoint(runs, ({ url, params }) => {
        const p = new Params(url.searchParams);
        const runId = p.id('run_id', params.run_id);
        const testId = p.id('regression_test_id', params.regression_test_id);
        p.check();
        requireRun(runId);
        return HttpResponse.json(toRunSample(getOutcome(runId, requireTest(testId).id)));
      }),
    ),
    http.get(
      `${base}/samples/:sample_id`,
      endpoint(runs, ({ url, params }) => {
        const p = new Params(url.searchParams);
        const id = p.id('sample_id', params.sample_id);
        p.check();
        return HttpResponse.json(sampleBody(id));
      }),
    ),
    http.get(`${base}/samples/:sample_id/history`, endpoint(runs, sampleHistoryPage)),
    http.get(
      `${base}/regression-tests/:regression_test_id`,
      endpoint(runs, ({ url, params }) => {
        const p = new Params(url.searchParams);
        const id = p.id('regression_test_id', params.regression_test_id);
        p.check();
        return HttpResponse.json(regressionTestBody(requireTest(id)));
      }),
    ),
    http.get(`${base}/regression-tests/:regression_test_id/outputs/:output_id/download`, endpoint(runs, baselineDownload(base))),
    ...fileHandlers,
    http.get(`${base}/downloads/runs/:run_id/outputs/:output_id/actual`, endpoint('public', download('actual'))),
    http.get(`${base}/downloads/outputs/:output_id/expected`, endpoint('public', download('expected'))),
    // Anything else under the API prefix: the platform's server's answer to an unknown route, a JSON 404 WITHOUT
    // the X-RateLimit-* headers every known route sends (which is how the viewer tells the two 404s apart).
    http.all(`${base}/*`, () => HttpResponse.json({ code: 'not_found', details: {}, message: 'Resource not found.' }, { status: 404 })),
  ];
}

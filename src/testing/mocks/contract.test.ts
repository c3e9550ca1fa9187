// Drives every state of the demo mock through msw/node with real fetch calls and checks each answer against the
// OpenAPI file: status, headers, and every JSON body against the schema it must satisfy.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { createAjv, schemaRef } from '../../../scripts/lib/api-schema';
import type { OutputStatus } from './data/api-types';
import { getCatalog } from './data/catalog';
import { CAPTION_SCENARIO_TESTS, captionFixture } from './data/caption-scenarios';
import { SCENARIO_TESTS } from './data/scenario-tests';
import { resetMockState } from './handlers';
import { server, TEST_API_BASE_URL as BASE } from './node';
import { scenarios, type FileScenario } from './scenarios';
import { DEMO_ADMIN_TOKEN, DEMO_CONTRIBUTOR_TOKEN, DEMO_EXPIRED_TOKEN, DEMO_MAINTAINER_TOKEN, DEMO_VIEWER_TOKEN } from './tokens';

type S = components['schemas'];
type SchemaName =
  | 'Error'
  | 'Me'
  | 'Run'
  | 'RunPage'
  | 'RunSummary'
  | 'RunSample'
  | 'RunSamplePage'
  | 'Sample'
  | 'RegressionTest'
  | 'FileDownload'
  | 'HistoryPage'
  | 'OutputFile'
  | 'Diff'
  | 'UnifiedDiff'
  | 'BaselineApproval'
  | 'RunAction'
  | 'ProgressPage'
  | 'ErrorGroupPage'
  | 'RunErrorPage'
  | 'LogLines'
  | 'ArtifactPage';

const ajv = createAjv(readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'));

function expectValid(schema: SchemaName, body: unknown): void {
  const validate = ajv.getSchema(schemaRef(schema));
  if (!validate) throw new Error(`no schema ${schema}`);
  if (!validate(body)) throw new Error(`${schema} violates the OpenAPI schema: ${ajv.errorsText(validate.errors)}`);
}

type Reply = { status: number; headers: Headers; body: unknown; text: string; redirected: boolean; url: string };

async function call(path: string, options: { token?: string | null; redirect?: RequestRedirect } = {}): Promise<Reply> {
  const token = options.token === undefined ? DEMO_MAINTAINER_TOKEN : options.token;
  const response = await fetch(path.startsWith('http') ? path : BASE + path, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    redirect: options.redirect ?? 'follow',
  });
  const text = await response.text();
  // Every response, success or error, reports the rate-limit budget.
  expect(response.headers.get('X-RateLimit-Limit'), path).toBe('120');
  expect(response.headers.get('X-RateLimit-Remaining'), path).toMatch(/^\d+$/);
  expect(Number(response.headers.get('X-RateLimit-Reset')), path).toBeGreaterThan(Date.now() / 1000 - 1);
  const isJson = response.headers.get('Content-Type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: isJson && text ? JSON.parse(text) : null,
    text,
    redirected: response.redirected,
    url: response.url,
  };
}

async function ok<T>(path: string, schema: SchemaName, token?: string): Promise<T> {
  const reply = await call(path, { token });
  expect(reply.status, `${path}: ${reply.text.slice(0, 200)}`).toBe(200);
  expectValid(schema, reply.body);
  return reply.body as T;
}

async function fails(path: string, status: number, code: string, token?: string | null): Promise<S['Error']> {
  const reply = await call(path, { token });
  expect(reply.status, `${path}: ${reply.text.slice(0, 200)}`).toBe(status);
  expectValid('Error', reply.body);
  const body = reply.body as S['Error'];
  expect(body.code).toBe(code);
  return body;
}

type Kind = 'actual' | 'expected' | 'diff';
type Style = 'query' | 'path';

function fileUrl(s: FileScenario, kind: Kind, style: Style = 'query', query = ''): string {
  if (style === 'query')
    return `/runs/${s.runId}/samples/${s.sampleId}/${kind}?regression_id=${s.regressionId}&output_id=${s.outputId}${query ? `&${query}` : ''}`;
  return `/runs/${s.runId}/samples/${s.sampleId}/regression-tests/${s.regressionId}/outputs/${s.outputId}/${kind}${query ? `?${query}` : ''}`;
}

const bytesOf = (file: S['OutputFile']) =>
  file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function allPages<T>(path: string, schema: SchemaName): Promise<T[]> {
  const items: T[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const page: { data: T[]; pagination: S['Pagination'] } = await ok(
      `${path}${path.includes('?') ? '&' : '?'}limit=100&offset=${offset}`,
      schema,
    );
    items.push(...page.data);
    offset = page.pagination.next_offset;
  }
  return items;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMockState();
});
afterAll(() => server.close());

describe('the validator', () => {
  it('rejects a body with a missing required field, so these tests can fail', async () => {
    const run = await ok<S['Run']>('/runs/9461', 'Run');
    const { status: _status, ...withoutStatus } = run;
    expect(() => expectValid('Run', withoutStatus)).toThrow(/status/);
    server.use(http.get(`${BASE}/runs/9461`, () => HttpResponse.json(withoutStatus)));
    const reply = await fetch(`${BASE}/runs/9461`).then((r) => r.json());
    expect(() => expectValid('Run', reply)).toThrow();
    expect(() => expectValid('Error', { code: 'not_found', message: 'x' })).toThrow(/details/);
    const line = { kind: 'added', text: 'x'.repeat(1001), expected_line: null, actual_line: 1 };
    const diff = {
      run_id: 1,
      sample_id: 1,
      regression_id: 1,
      output_id: 1,
      status: 'different',
      summary: { added_lines: 1, removed_lines: 0, changed_hunks: 1 },
    };
    expect(() => expectValid('Diff', { ...diff, hunks: [{ expected_start: 0, actual_start: 1, lines: [line] }] })).toThrow();
  });
});

describe('scenario ids', () => {
  it('match the fixtures that were built for them', () => {
    for (const test of SCENARIO_TESTS) {
      const built = getCatalog().scenarioTest(test.scenario);
      const expected = {
        runId: scenarios.runs.mainFailing,
        sampleId: built.sampleId,
        regressionId: built.id,
        outputId: built.outputs[test.primaryOutput ?? 0]?.id,
      };
      expect(scenarios[test.scenario], test.scenario).toEqual(expected);
    }
    for (const test of CAPTION_SCENARIO_TESTS) {
      const built = getCatalog().scenarioTest(test.scenario);
      expect(scenarios[test.scenario], test.scenario).toEqual({
        runId: scenarios.runs.mainFailing,
        sampleId: built.sampleId,
        regressionId: built.id,
        outputId: built.outputs[0]?.id,
      });
    }
    expect(scenarios.ignoredOutput.outputId).toBe(
      getCatalog()
        .scenarioTest('multiOutput')
        .outputs.find((o) => o.ignore)?.id,
    );
  });
});

describe('authentication and scopes', () => {
  it('tells each demo token who it is', async () => {
    const me = await ok<S['Me']>('/auth/me', 'Me');
    expect(me).toMatchObject({ name: 'Demo Maintainer', role: 'contributor', scopes: ['runs:read', 'results:read'] });
    expect((await ok<S['Me']>('/auth/me', 'Me', DEMO_VIEWER_TOKEN)).scopes).toEqual(['runs:read']);
    const admin = await ok<S['Me']>('/auth/me', 'Me', DEMO_ADMIN_TOKEN);
    expect(admin.role).toBe('admin');
    expect(admin.user_id).not.toBe(me.user_id);
  });

  it('answers 401 for a missing, expired, unknown or malformed token', async () => {
    for (const token of [null, DEMO_EXPIRED_TOKEN, 'not-a-token', 'constructor']) {
      const error = await fails('/auth/me', 401, 'unauthorized', token);
      expect(error.details).toEqual({});
      await fails('/runs', 401, 'unauthorized', token);
    }
    const reply = await fetch(`${BASE}/runs`, { headers: { Authorization: `Token ${DEMO_MAINTAINER_TOKEN}` } });
    expect(reply.status).toBe(401);
  });

  it('answers 403 with the missing scope when a token lacks results:read', async () => {
    await ok('/runs', 'RunPage', DEMO_VIEWER_TOKEN);
    for (const kind of ['actual', 'expected', 'diff'] as const) {
      for (const style of ['query', 'path'] as const) {
        const error = await fails(fileUrl(scenarios.differs, kind, style), 403, 'forbidden', DEMO_VIEWER_TOKEN);
        // The platform server's arrays, and the older single `required_scope`.
        expect(error.details).toEqual({
          required_scopes: ['results:read'],
          missing_scopes: ['results:read'],
          token_scopes: ['runs:read'],
          required_scope: 'results:read',
        });
      }
    }
  });

  it('reports, without enforcing, a per-token budget of 120 requests a minute', async () => {
    const first = await call('/runs?limit=1');
    const second = await call('/runs?limit=1');
    expect(Number(second.headers.get('X-RateLimit-Remaining'))).toBe(Number(first.headers.get('X-RateLimit-Remaining')) - 1);
    for (let i = 0; i < 125; i++) await call('/auth/me', { token: DEMO_ADMIN_TOKEN });
    const after = await call('/auth/me', { token: DEMO_ADMIN_TOKEN });
    expect(after.status).toBe(200);
    expect(after.headers.get('X-RateLimit-Remaining')).toBe('0');
  });
});

describe('runs', () => {
  it('lists 74 runs newest first, in pages of 50 by default', async () => {
    const page = await ok<S['RunPage']>('/runs', 'RunPage');
    expect(page.pagination).toEqual({ limit: 50, offset: 0, total: scenarios.runs.total, next_offset: 50 });
    expect(page.data[0]?.run_id).toBe(scenarios.runs.newest);
    const created = page.data.map((run) => Date.parse(run.created_at ?? ''));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const next = await ok<S['RunPage']>('/runs?offset=50', 'RunPage');
    expect(next.data).toHaveLength(scenarios.runs.total - 50);
    expect(next.pagination.next_offset).toBeNull();
    expect(next.data.at(-1)?.run_id).toBe(scenarios.runs.oldest);
  });

  it('has every status, pull requests, commits, a fork, and per-platform pairs', async () => {
    const runs = await allPages<S['Run']>('/runs', 'RunPage');
    expect(new Set(runs.map((r) => r.status))).toEqual(new Set(['queued', 'running', 'pass', 'fail', 'canceled', 'incomplete', 'error']));
    expect(runs.every((r) => r.run_id > 9400)).toBe(true);
    const byId = new Map(runs.map((r) => [r.run_id, r]));
    const linux = byId.get(scenarios.runs.mainFailing);
    const windows = byId.get(scenarios.runs.windowsPass);
    expect(linux).toMatchObject({
      status: 'fail',
      platform: 'linux',
      test_type: 'pr',
      pr_number: 1724,
      github_link: 'https://github.com/CCExtractor/ccextractor/pull/1724',
    });
    expect(windows).toMatchObject({ status: 'pass', platform: 'windows', commit_sha: linux?.commit_sha });
    const master = byId.get(scenarios.runs.masterPass.linux);
    expect(master).toMatchObject({ test_type: 'commit', branch: 'master', pr_number: null });
    expect(master?.github_link).toBe(`https://github.com/CCExtractor/ccextractor/commit/${master?.commit_sha}`);
    expect(byId.get(scenarios.runs.fork.linux)?.repository).not.toBe('CCExtractor/ccextractor');
    expect(byId.get(scenarios.runs.running)).toMatchObject({ status: 'running', completed_at: null });
    expect(byId.get(scenarios.runs.running)?.started_at).not.toBeNull();
    expect(byId.get(scenarios.runs.queued)).toMatchObject({ status: 'queued', started_at: null });
    // Every regular commit is tested on both platforms; the platform-style runs are one linux run each, as recorded.
    const platformIds: number[] = [scenarios.platform.runId, scenarios.platform.errorRunId];
    const regular = runs.filter((r) => !platformIds.includes(r.run_id));
    expect(regular).toHaveLength(runs.length - 2);
    const perCommit = countBy(regular, (r) => r.commit_sha);
    expect(Object.values(perCommit).every((n) => n === 2)).toBe(true);
    expect(regular.every((r) => runs.some((o) => o.commit_sha === r.commit_sha && o.platform !== r.platform))).toBe(true);
  });

  it('filters and sorts', async () => {
    const main = await ok<S['Run']>(`/runs/${scenarios.runs.mainFailing}`, 'Run');
    const bySha = await ok<S['RunPage']>(`/runs?commit_sha=${main.commit_sha.toUpperCase()}`, 'RunPage');
    expect(bySha.data.map((r) => r.run_id).sort()).toEqual([scenarios.runs.mainFailing, scenarios.runs.windowsPass]);
    const failing = await ok<S['RunPage']>('/runs?status=fail&platform=windows&limit=100', 'RunPage');
    expect(failing.data.every((r) => r.status === 'fail' && r.platform === 'windows')).toBe(true);
    expect((await ok<S['RunPage']>('/runs?branch=master&limit=100', 'RunPage')).data.every((r) => r.branch === 'master')).toBe(true);
    const fork = await ok<S['RunPage']>('/runs?repository=x15sr71/ccextractor', 'RunPage');
    expect(fork.data.map((r) => r.run_id).sort()).toEqual([scenarios.runs.fork.linux, scenarios.runs.fork.windows]);
    const versions = [
      await ok<S['RunPage']>('/runs?ccx_version=0.94', 'RunPage'),
      await ok<S['RunPage']>('/runs?ccx_version=0.95', 'RunPage'),
    ];
    expect(versions.map((v) => v.pagination.total ?? 0).reduce((a, b) => a + b)).toBe(scenarios.runs.total);
    const window = await ok<S['RunPage']>('/runs?created_after=2026-11-17T00:00:00Z&created_before=2026-11-19T00:00:00Z', 'RunPage');
    expect(window.data.map((r) => r.run_id)).toEqual([9464, 9463, 9462, 9461]);
    const ascending = await ok<S['RunPage']>('/runs?sort=run_id&limit=3', 'RunPage');
    expect(ascending.data.map((r) => r.run_id)).toEqual([9401, 9402, 9403]);
    expect((await ok<S['RunPage']>('/runs?sort=-run_id&limit=1', 'RunPage')).data[0]?.run_id).toBe(scenarios.platform.errorRunId);
    expect((await ok<S['RunPage']>('/runs?sort=created_at&limit=1', 'RunPage')).data[0]?.run_id).toBe(9401);
  });

  it('rejects bad list parameters with details.fields', async () => {
    const error = await fails('/runs?platform=mac&limit=0', 400, 'validation_error');
    expect(error.details).toEqual({ fields: { platform: 'Must be one of [linux, windows]', limit: expect.any(String) } });
    for (const query of [
      'limit=101',
      'limit=abc',
      'offset=-1',
      'status=passed',
      'sort=name',
      'commit_sha=abc123',
      'created_after=yesterday',
    ]) {
      const e = await fails(`/runs?${query}`, 400, 'validation_error');
      expect(Object.keys((e.details as { fields: object }).fields)).toEqual([query.split('=')[0]]);
    }
  });

  it('serves one run and its summary, and 404s or 400s bad ids', async () => {
    await ok('/runs/9461', 'Run');
    const error = await fails('/runs/9999', 404, 'not_found');
    expect(error.details).toEqual({ resource: 'run', id: 9999 });
    for (const id of ['abc', '0', '-1', '1.5']) {
      const e = await fails(`/runs/${id}`, 400, 'validation_error');
      expect(e.details).toEqual({ fields: { run_id: expect.any(String) } });
      await fails(`/runs/${id}/summary`, 400, 'validation_error');
    }
    await fails('/runs/9999/summary', 404, 'not_found');
  });

  it('answers every id route 400 validation_error for an id that is not a positive integer, naming the field', async () => {
    const s = scenarios.differs;
    const f = (ids: Partial<FileScenario>, kind: Kind, style: Style) => fileUrl({ ...s, ...ids } as FileScenario, kind, style);
    for (const bad of ['abc', '0']) {
      const routes: [string, string][] = [
        [`/runs/${bad}`, 'run_id'],
        [`/runs/${bad}/summary`, 'run_id'],
        [`/runs/${bad}/samples`, 'run_id'],
        [`/runs/${bad}/samples/${s.regressionId}`, 'run_id'],
        [`/runs/${s.runId}/samples/${bad}`, 'regression_test_id'],
        [`/samples/${bad}`, 'sample_id'],
        [`/samples/${bad}/history`, 'sample_id'],
        [`/regression-tests/${bad}`, 'regression_test_id'],
        [`/regression-tests/${bad}/outputs/${s.outputId}/download`, 'regression_test_id'],
        [`/regression-tests/${s.regressionId}/outputs/${bad}/download`, 'output_id'],
      ];
      for (const style of ['query', 'path'] as const) {
        for (const kind of ['actual', 'expected', 'diff'] as const) {
          routes.push(
            [f({ runId: bad as unknown as number }, kind, style), 'run_id'],
            [f({ sampleId: bad as unknown as number }, kind, style), 'sample_id'],
          );
          routes.push(
            [f({ regressionId: bad as unknown as number }, kind, style), 'regression_id'],
            [f({ outputId: bad as unknown as number }, kind, style), 'output_id'],
          );
        }
      }
      for (const [path, field] of routes) {
        const error = await fails(path, 400, 'validation_error');
        expect(Object.keys((error.details as { fields: object }).fields), path).toEqual([field]);
      }
    }
    // The platform-style runs answer bad ids the same way (their handlers leave them to these).
    await fails(`/runs/${scenarios.platform.runId}/samples/abc`, 400, 'validation_error');
  });

  it('keeps every summary consistent with the results', async () => {
    for (const id of [9461, 9462, 9465, 9469, 9470, 9471, 9472, 9449]) {
      const summary = await ok<S['RunSummary']>(`/runs/${id}/summary`, 'RunSummary');
      const results = await allPages<S['RunSample']>(`/runs/${id}/samples`, 'RunSamplePage');
      const count = (status: string) => results.filter((r) => r.status === status).length;
      expect(summary).toMatchObject({
        total_samples: results.length,
        pass_count: count('pass'),
        fail_count: count('fail'),
        skipped_count: count('skipped'),
        missing_output_count: count('missing_output'),
      });
      for (const r of results) {
        const failsByRc = r.exit_code !== null && r.exit_code !== r.expected_rc;
        if (failsByRc) expect(r.status).toBe('fail');
      }
      const run = await ok<S['Run']>(`/runs/${id}`, 'Run');
      if (run.status === 'pass') expect(summary.fail_count + summary.missing_output_count).toBe(0);
      if (run.status === 'fail') expect(summary.fail_count + summary.missing_output_count).toBeGreaterThan(0);
    }
  });
});

describe('results of a run', () => {
  it('has 254 results over ~145 samples in the 14 real categories (237 as in a 2026 run, 17 caption fixtures)', async () => {
    const results = await allPages<S['RunSample']>(`/runs/${scenarios.runs.mainFailing}/samples`, 'RunSamplePage');
    expect(results).toHaveLength(254);
    const perCategory = countBy(results, (r) => r.categories[0] ?? '');
    expect(perCategory).toEqual({
      Broken: 16,
      'CEA-708': 14,
      DVB: 7,
      DVD: 3,
      'DVR-MS': 2,
      General: 36,
      Hardsubx: 1,
      Hauppage: 3,
      MP4: 3,
      NoCC: 10,
      Options: 90,
      Teletext: 21,
      WTV: 13,
      XDS: 35,
    });
    expect(new Set(results.map((r) => r.sample_id)).size).toBeGreaterThan(130);
    const failing = results.filter((r) => r.status === 'fail').length;
    expect(failing).toBeGreaterThanOrEqual(45);
    expect(failing).toBeLessThanOrEqual(60);
    expect(results.filter((r) => r.status === 'missing_output').length).toBeGreaterThanOrEqual(3);
    expect(results.filter((r) => r.status === 'skipped')).toHaveLength(2);
    expect(results.some((r) => r.outputs.length > 1)).toBe(true);
  });

  it('filters by status, name, tag and category, and pages', async () => {
    const path = `/runs/${scenarios.runs.mainFailing}/samples`;
    const missing = await ok<S['RunSamplePage']>(`${path}?status=missing_output`, 'RunSamplePage');
    expect(missing.data.map((r) => r.regression_test_id)).toContain(scenarios.missingOutput.regressionId);
    expect(missing.data.every((r) => r.status === 'missing_output' && r.outputs.some((o) => o.status === 'missing_output'))).toBe(true);
    const named = await ok<S['RunSamplePage']>(`${path}?name=ktvu_fox2`, 'RunSamplePage');
    expect(named.data.map((r) => r.regression_test_id)).toContain(scenarios.differs.regressionId);
    expect(named.data.every((r) => r.sample_name?.toLowerCase().includes('ktvu_fox2'))).toBe(true);
    const teletext = await ok<S['RunSamplePage']>(`${path}?category=teletext&tag=German`, 'RunSamplePage');
    expect(teletext.data.length).toBeGreaterThan(0);
    expect(teletext.data.every((r) => r.categories.includes('Teletext'))).toBe(true);
    const page = await ok<S['RunSamplePage']>(`${path}?limit=10&offset=250`, 'RunSamplePage');
    expect(page.data).toHaveLength(4);
    expect(page.pagination).toEqual({ limit: 10, offset: 250, total: 254, next_offset: null });
    await fails(`${path}?status=failed`, 400, 'validation_error');
    await fails('/runs/9999/samples', 404, 'not_found');
  });

  it('serves one result by regression test id', async () => {
    const result = await ok<S['RunSample']>(`/runs/9461/samples/${scenarios.exitCodeMismatch.regressionId}`, 'RunSample');
    expect(result).toMatchObject({ status: 'fail', exit_code: 10, expected_rc: 0, outputs: [{ status: 'pass' }] });
    const crash = await ok<S['RunSample']>(`/runs/9461/samples/${scenarios.crash.regressionId}`, 'RunSample');
    expect(crash).toMatchObject({ status: 'fail', exit_code: 139, outputs: [{ status: 'missing_output' }] });
    const skipped = await ok<S['RunSample']>(`/runs/9461/samples/${scenarios.skipped.regressionId}`, 'RunSample');
    expect(skipped).toMatchObject({ status: 'skipped', outputs: [] });
    const long = await ok<S['RunSample']>(`/runs/9461/samples/${scenarios.longName.regressionId}`, 'RunSample');
    expect(long).toMatchObject({
      status: 'fail',
      sample_id: scenarios.longName.sampleId,
      outputs: [{ output_id: scenarios.longName.outputId, status: 'fail' }],
    });
    expect(long.sample_name?.length).toBeGreaterThan(80);
    expect(long.outputs[0]?.filename).toMatch(/^[0-9a-f]{64}\.srt$/);
    const multi = await ok<S['RunSample']>(`/runs/9461/samples/${scenarios.multiOutput.regressionId}`, 'RunSample');
    expect(multi.outputs.map((o) => o.status)).toEqual(['fail', 'pass', 'fail']);
    expect(multi.outputs.map((o) => o.filename.slice(64))).toEqual(['.p1.svc01.srt', '.p1.svc02.srt', '.p1.svc03.srt']);
    const queued = await ok<S['RunSample']>(`/runs/${scenarios.runs.queued}/samples/${scenarios.differs.regressionId}`, 'RunSample');
    expect(queued).toMatchObject({ status: 'not_started', exit_code: null, outputs: [] });
    const error = await fails('/runs/9461/samples/9999', 404, 'not_found');
    expect(error.details).toEqual({ resource: 'regression_test', id: 9999 });
  });
});

describe('caption fixtures', () => {
  it('fail in the main run with the hand-made expected and actual files, and pass elsewhere', async () => {
    for (const test of CAPTION_SCENARIO_TESTS) {
      const ids = scenarios[test.scenario];
      const fixture = captionFixture(test.fixture);
      const result = await ok<S['RunSample']>(`/runs/${ids.runId}/samples/${ids.regressionId}`, 'RunSample');
      expect(result.outputs, test.scenario).toEqual([
        { output_id: ids.outputId, filename: expect.stringMatching(/\.(srt|vtt|txt|ass)$/), status: 'fail' },
      ]);
      const expected = await ok<S['OutputFile']>(fileUrl(ids, 'expected'), 'OutputFile');
      const actual = await ok<S['OutputFile']>(fileUrl(ids, 'actual'), 'OutputFile');
      expect(new TextDecoder().decode(bytesOf(expected)), test.scenario).toBe(fixture.expected);
      expect(new TextDecoder().decode(bytesOf(actual)), test.scenario).toBe(fixture.actual);
      const other = await ok<S['RunSample']>(`/runs/${scenarios.runs.windowsPass}/samples/${ids.regressionId}`, 'RunSample');
      expect(other.status, test.scenario).toBe('pass');
    }
  });
});

describe('samples, regression tests and history', () => {
  it('serves a sample and 404s an unknown one', async () => {
    const sample = await ok<S['Sample']>(`/samples/${scenarios.differs.sampleId}`, 'Sample');
    expect(sample).toMatchObject({ original_name: 'KTVU_Fox2_2012-11-06.ts', extension: 'ts' });
    expect(sample.regression_test_count).toBeGreaterThan(1);
    expect(sample.filename).toBe(`${sample.sha}.ts`);
    expect((await fails('/samples/9999', 404, 'not_found')).details).toEqual({ resource: 'sample', id: 9999 });
  });

  it('serves regression tests with outputs, hashes and variants', async () => {
    const test = await ok<S['RegressionTest']>(`/regression-tests/${scenarios.multiOutput.regressionId}`, 'RegressionTest');
    expect(test.outputs.map((o) => [o.expected_filename, o.correct_extension, o.ignore])).toEqual([
      ['.p1.svc01', '.srt', false],
      ['.p1.svc02', '.srt', false],
      ['.p1.svc03', '.srt', true],
    ]);
    const variants = await ok<S['RegressionTest']>(`/regression-tests/${scenarios.variants.regressionId}`, 'RegressionTest');
    expect(variants.outputs[0]?.variants).toHaveLength(2);
    const expected = await ok<S['OutputFile']>(fileUrl(scenarios.variants, 'expected'), 'OutputFile');
    expect(variants.outputs[0]?.correct).toBe(sha256(bytesOf(expected)));
    const noBaseline = await ok<S['RegressionTest']>(`/regression-tests/${scenarios.missingExpected.regressionId}`, 'RegressionTest');
    expect(noBaseline.outputs.find((o) => o.id === scenarios.missingExpected.outputId)?.correct).toBe('');
    expect((await fails('/regression-tests/9999', 404, 'not_found')).details).toEqual({ resource: 'regression_test', id: 9999 });
    await fails('/regression-tests/x', 400, 'validation_error');
  });

  it('says where the baseline of any output with one is stored, and serves it there without a token', async () => {
    for (const s of [scenarios.missingOutput, scenarios.differs, scenarios.variants]) {
      const test = await ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest');
      const download = await ok<S['FileDownload']>(`/regression-tests/${s.regressionId}/outputs/${s.outputId}/download`, 'FileDownload');
      expect(download).toEqual({
        filename: expect.stringMatching(/^[0-9a-f]{64}/),
        download_url: `${BASE}/downloads/outputs/${s.outputId}/expected`,
        storage_status: 'ok',
      });
      const file = await fetch(download.download_url ?? '');
      expect(file.status).toBe(200);
      expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(test.outputs.find((o) => o.id === s.outputId)?.correct);
    }
    const m = scenarios.missingExpected;
    expect((await fails(`/regression-tests/${m.regressionId}/outputs/${m.outputId}/download`, 404, 'not_found')).details).toEqual({
      resource: 'output',
      id: m.outputId,
    });
    await fails(`/regression-tests/${scenarios.differs.regressionId}/outputs/${scenarios.matched.outputId}/download`, 404, 'not_found');
    await fails(`/regression-tests/9999/outputs/1/download`, 404, 'not_found');
    await fails(
      `/regression-tests/${scenarios.differs.regressionId}/outputs/${scenarios.differs.outputId}/download`,
      401,
      'unauthorized',
      null,
    );
  });

  it('serves a sample history newest first, with a repeated failure signature', async () => {
    const { sampleId, regressionId } = scenarios.history;
    const all = await allPages<S['HistoryEntry']>(`/samples/${sampleId}/history`, 'HistoryPage');
    const times = all.map((e) => Date.parse(e.tested_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const failures = all.filter((e) => e.regression_test_id === regressionId && e.status === 'fail');
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(new Set(failures.map((e) => e.failure_signature)).size).toBe(1);
    expect(all.filter((e) => e.status === 'pass').every((e) => e.failure_signature === null)).toBe(true);
    const filtered = await ok<S['HistoryPage']>(
      `/samples/${sampleId}/history?regression_test_id=${regressionId}&status=fail&platform=linux&limit=2`,
      'HistoryPage',
    );
    expect(filtered.data).toHaveLength(2);
    expect(filtered.pagination.next_offset).toBe(2);
    expect(
      (await ok<S['HistoryPage']>(`/samples/${sampleId}/history?branch=master`, 'HistoryPage')).data.every((e) => e.branch === 'master'),
    ).toBe(true);
    await fails(`/samples/${sampleId}/history?platform=mac`, 400, 'validation_error');
    await fails('/samples/9999/history', 404, 'not_found');
  });
});

describe('file contents', () => {
  it('serves a differing output in both styles, base64 by default and text on request', async () => {
    for (const style of ['query', 'path'] as const) {
      const base64 = await ok<S['OutputFile']>(fileUrl(scenarios.differs, 'actual', style), 'OutputFile');
      const { runId, sampleId, regressionId, outputId } = scenarios.differs;
      expect(base64).toMatchObject({
        run_id: runId,
        sample_id: sampleId,
        regression_id: regressionId,
        output_id: outputId,
        encoding: 'base64',
        storage_status: 'ok',
      });
      const text = await ok<S['OutputFile']>(fileUrl(scenarios.differs, 'actual', style, 'format=text'), 'OutputFile');
      expect(text.encoding).toBe('utf-8');
      expect(bytesOf(text).equals(bytesOf(base64))).toBe(true);
      expect(text.sha256).toBe(sha256(bytesOf(text)));
      expect(text.content).toMatch(/^1\r\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\r\n/);
      const expected = await ok<S['OutputFile']>(fileUrl(scenarios.differs, 'expected', style, 'format=text'), 'OutputFile');
      expect(expected.run_id).toBeNull();
      expect(expected.content).not.toBe(text.content);
    }
  });

  it('answers a matched output with 204 (query style) or 303 to /expected (path style)', async () => {
    for (const s of [scenarios.matched, scenarios.exitCodeMismatch, scenarios.variants]) {
      const reply = await call(fileUrl(s, 'actual', 'query', 'format=text'));
      expect(reply.status).toBe(204);
      expect(reply.text).toBe('');
      const redirect = await call(fileUrl(s, 'actual', 'path', 'format=text'), { redirect: 'manual' });
      expect(redirect.status).toBe(303);
      expect(redirect.headers.get('Location')).toBe(BASE + fileUrl(s, 'expected', 'path', 'format=text'));
      const followed = await call(fileUrl(s, 'actual', 'path', 'format=text'));
      expect(followed.redirected).toBe(true);
      expectValid('OutputFile', followed.body);
      expect(followed.body).toMatchObject({ run_id: null, encoding: 'utf-8' });
      const diff = await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff');
      expect(diff).toMatchObject({ status: 'identical', hunks: [], summary: { added_lines: 0, removed_lines: 0, changed_hunks: 0 } });
    }
  });

  it('tells missing_output from not_found', async () => {
    for (const style of ['query', 'path'] as const) {
      for (const s of [scenarios.missingOutput, scenarios.crash]) {
        await fails(fileUrl(s, 'actual', style), 404, 'missing_output');
        await fails(fileUrl(s, 'diff', style), 404, 'missing_output');
        await ok(fileUrl(s, 'expected', style), 'OutputFile');
      }
      await fails(fileUrl(scenarios.skipped, 'actual', style), 404, 'missing_output');
      const { notFound } = scenarios;
      for (const kind of ['actual', 'expected', 'diff'] as const) {
        expect((await fails(fileUrl(notFound, kind, style), 404, 'not_found')).details).toEqual({
          resource: 'output',
          id: notFound.outputId,
        });
        expect((await fails(fileUrl({ ...notFound, runId: notFound.unknownRunId }, kind, style), 404, 'not_found')).details).toEqual({
          resource: 'run',
          id: 9999,
        });
        expect((await fails(fileUrl({ ...notFound, sampleId: notFound.unknownSampleId }, kind, style), 404, 'not_found')).details).toEqual({
          resource: 'sample',
          id: 9999,
        });
        expect(
          (await fails(fileUrl({ ...notFound, regressionId: notFound.unknownRegressionId }, kind, style), 404, 'not_found')).details,
        ).toEqual({ resource: 'regression_test', id: 9999 });
        // A regression test of another sample is not found under this sample (the classic id mix-up).
        const mixed = { ...scenarios.differs, regressionId: scenarios.matched.regressionId };
        expect((await fails(fileUrl(mixed, kind, style), 404, 'not_found')).details).toMatchObject({ resource: 'regression_test' });
      }
    }
  });

  it('has no baseline for a new output', async () => {
    const s = scenarios.missingExpected;
    await fails(fileUrl(s, 'expected'), 404, 'missing_expected');
    const actual = await ok<S['OutputFile']>(fileUrl(s, 'actual', 'path', 'format=text'), 'OutputFile');
    const diff = await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff');
    expect(diff.status).toBe('missing_expected');
    expect(diff.summary).toEqual({ added_lines: lines(actual.content).length, removed_lines: 0, changed_hunks: 1 });
    expect(diff.hunks[0]?.lines.every((l) => l.kind === 'added')).toBe(true);
  });

  it('reports storage state', async () => {
    const degraded = await ok<S['OutputFile']>(fileUrl(scenarios.storageDegraded, 'actual', 'query', 'format=text'), 'OutputFile');
    expect(degraded).toMatchObject({ storage_status: 'degraded', encoding: 'utf-8', content_type: 'text/vtt' });
    expect(degraded.content.startsWith('WEBVTT')).toBe(true);
    const missing = await ok<S['OutputFile']>(fileUrl(scenarios.storageMissing, 'actual', 'path', 'format=text'), 'OutputFile');
    expect(missing).toMatchObject({ storage_status: 'missing', content: '' });
    expect(missing.sha256).toBeUndefined();
    expect((await ok<S['Diff']>(fileUrl(scenarios.storageMissing, 'diff'), 'Diff')).status).toBe('missing_actual');
    expect((await ok<S['OutputFile']>(fileUrl(scenarios.storageMissing, 'expected'), 'OutputFile')).storage_status).toBe('ok');
  });

  it('sends base64 for files the server cannot confirm as text', async () => {
    const read = async (s: FileScenario) => {
      const file = await ok<S['OutputFile']>(fileUrl(s, 'actual', 'query', 'format=text'), 'OutputFile');
      expect(file.encoding).toBe('base64');
      expect(file.sha256).toBe(sha256(bytesOf(file)));
      return bytesOf(file);
    };
    expect(new TextDecoder('utf-8', { fatal: true }).decode(await read(scenarios.utf8Base64))).toMatch(/[¿ñáé]/);
    const latin = await read(scenarios.windows1252);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin)).toThrow();
    expect(new TextDecoder('windows-1252').decode(latin)).toContain('Größe');
    const utf16 = await read(scenarios.utf16Bom);
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(utf16)).toMatch(/^\uFEFF?1\r\n00:/);
    expect((await read(scenarios.binary)).includes(0)).toBe(true);
  });

  it('diffs real line numbers, keeping \\r and trailing whitespace', async () => {
    const check = async (s: FileScenario) => {
      const [expected, actual] = await Promise.all(
        (['expected', 'actual'] as const).map((kind) => ok<S['OutputFile']>(fileUrl(s, kind, 'query', 'format=text'), 'OutputFile')),
      );
      const diff = await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff');
      expect(diff.status).toBe('different');
      const e = lines(expected?.content ?? '');
      const a = lines(actual?.content ?? '');
      for (const hunk of diff.hunks) {
        for (const line of hunk.lines) {
          if (line.expected_line !== null) expect(line.text).toBe(e[line.expected_line - 1]);
          if (line.actual_line !== null) expect(line.text).toBe(a[line.actual_line - 1]);
          expect(line.kind === 'context').toBe(line.expected_line !== null && line.actual_line !== null);
        }
      }
      return diff;
    };
    const differs = await check(scenarios.differs);
    expect(differs.summary.changed_hunks).toBe(differs.hunks.length);
    expect(differs.hunks.length).toBeGreaterThan(1);
    const crlf = await check(scenarios.crlfVsLf);
    expect(
      crlf.hunks
        .flatMap((h) => h.lines)
        .filter((l) => l.kind === 'added')
        .every((l) => l.text.endsWith('\r')),
    ).toBe(true);
    expect(
      crlf.hunks
        .flatMap((h) => h.lines)
        .filter((l) => l.kind === 'removed')
        .some((l) => l.text.endsWith('\r')),
    ).toBe(false);
    const spaces = await check(scenarios.trailingWhitespace);
    expect(spaces.hunks.flatMap((h) => h.lines).some((l) => l.kind === 'added' && /\t\r$/.test(l.text))).toBe(true);
    const eof = await check(scenarios.noFinalNewline);
    const [removed, added] = eof.hunks.at(-1)?.lines.filter((l) => l.kind !== 'context') ?? [];
    expect(removed?.text).toBe('</tt>');
    expect(added?.text).toBe('</tt>');
    const unified = await ok<S['UnifiedDiff']>(fileUrl(scenarios.noFinalNewline, 'diff', 'path', 'format=unified'), 'UnifiedDiff');
    expect(unified.content).toContain('\n\\ No newline at end of file\n');
    expect(unified.content).toMatch(/^--- expected\/[0-9a-f]{64}\.xml\n\+\+\+ actual\/[0-9a-f]{64}\.xml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
  });

  it('takes context_lines', async () => {
    const three = await ok<S['Diff']>(fileUrl(scenarios.differs, 'diff'), 'Diff');
    const one = await ok<S['Diff']>(fileUrl(scenarios.differs, 'diff', 'query', 'context_lines=1'), 'Diff');
    const fifty = await ok<S['Diff']>(fileUrl(scenarios.differs, 'diff', 'path', 'context_lines=50'), 'Diff');
    expect(one.summary.added_lines).toBe(three.summary.added_lines);
    expect(one.hunks.flatMap((h) => h.lines).length).toBeLessThan(three.hunks.flatMap((h) => h.lines).length);
    expect(fifty.hunks.length).toBeLessThanOrEqual(three.hunks.length);
    for (const bad of ['context_lines=0', 'context_lines=51', 'context_lines=x', 'format=html']) {
      const e = await fails(fileUrl(scenarios.differs, 'diff', 'query', bad), 400, 'validation_error');
      expect(Object.keys((e.details as { fields: object }).fields)).toEqual([bad.split('=')[0]]);
    }
    await fails(fileUrl(scenarios.differs, 'actual', 'query', 'format=utf8'), 400, 'validation_error');
    const missing = await fails(`/runs/9461/samples/31/actual?output_id=1047`, 400, 'validation_error');
    expect(missing.details).toEqual({ fields: { regression_id: expect.any(String) } });
    await fails(`/runs/9461/samples/31/regression-tests/abc/outputs/0/diff`, 400, 'validation_error');
  });

  it('caps diffs silently: 500 hunks, 500 lines per hunk, 1,000 characters per line', async () => {
    const total = (d: S['Diff']) => d.hunks.reduce((n, h) => n + h.lines.filter((l) => l.kind !== 'context').length, 0);
    const all = await ok<S['Diff']>(fileUrl(scenarios.allDifferent, 'diff'), 'Diff');
    expect(all.summary.added_lines).toBeGreaterThan(39_000);
    expect(all.summary.removed_lines).toBe(all.summary.added_lines);
    expect(all.hunks).toHaveLength(1);
    expect(all.hunks[0]?.lines).toHaveLength(500);
    expect(total(all)).toBeLessThan(all.summary.added_lines + all.summary.removed_lines);
    expect(all.hunks[0]).toMatchObject({ expected_start: 1, actual_start: 1 });

    const capped = await ok<S['Diff']>(fileUrl(scenarios.capped, 'diff'), 'Diff');
    expect(capped.summary.changed_hunks).toBeGreaterThan(500);
    expect(capped.hunks).toHaveLength(500);
    expect(capped.hunks.some((h) => h.lines.length === 500)).toBe(true);
    expect(capped.hunks.flatMap((h) => h.lines).some((l) => l.text.length === 1000)).toBe(true);
    const file = await ok<S['OutputFile']>(fileUrl(scenarios.capped, 'actual', 'query', 'format=text'), 'OutputFile');
    expect(Math.max(...lines(file.content).map((l) => l.length))).toBeGreaterThan(1_000);

    const unified = await ok<S['UnifiedDiff']>(fileUrl(scenarios.allDifferent, 'diff', 'query', 'format=unified'), 'UnifiedDiff');
    expect(unified.content.length).toBeLessThanOrEqual(524_288);

    const large = await ok<S['Diff']>(fileUrl(scenarios.large, 'diff', 'path'), 'Diff');
    expect(large.summary).toEqual({ added_lines: 200, removed_lines: 200, changed_hunks: 200 });
    const largeFile = await ok<S['OutputFile']>(fileUrl(scenarios.large, 'actual', 'query', 'format=text'), 'OutputFile');
    expect(lines(largeFile.content).length).toBeGreaterThan(39_000);
    expect(largeFile.truncated).toBeUndefined();

    // The generated large outputs have a result in their run, which the output screen asks for.
    const big = scenarios.largeOutputs.scattered[40_000];
    const bigResult = await ok<S['RunSample']>(`/runs/${big.runId}/samples/${big.regressionId}`, 'RunSample');
    expect(bigResult.outputs.map((o) => o.output_id)).toContain(big.outputId);
  });

  it('truncates content over 1 MiB and links the whole file', async () => {
    for (const format of ['text', 'base64']) {
      const file = await ok<S['OutputFile']>(fileUrl(scenarios.truncated, 'actual', 'query', `format=${format}`), 'OutputFile');
      expect(file).toMatchObject({ truncated: true, download_url: expect.stringMatching(/^http/) });
      expect(file.content.length).toBeLessThanOrEqual(1_048_576);
      const whole = await fetch(file.download_url ?? '');
      expect(whole.status).toBe(200);
      const bytes = new Uint8Array(await whole.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(bytesOf(file).length);
      expect(sha256(bytes)).toBe(file.sha256);
      expect(Buffer.from(bytes.subarray(0, bytesOf(file).length)).equals(bytesOf(file))).toBe(true);
    }
    const expected = await ok<S['OutputFile']>(fileUrl(scenarios.truncated, 'expected', 'path', 'format=text'), 'OutputFile');
    expect(expected.truncated).toBe(true);
  });

  it('answers the first /actual and /diff of the rate-limited output with 429, once per token', async () => {
    const s = scenarios.rateLimited;
    for (const kind of ['actual', 'diff'] as const) {
      const reply = await call(fileUrl(s, kind));
      expect(reply.status).toBe(429);
      expectValid('Error', reply.body);
      expect(reply.body).toMatchObject({ code: 'rate_limited', details: { retry_after: 2, limit: 120, window: '60s' } });
      expect(reply.headers.get('Retry-After')).toBe('2');
      expect(reply.headers.get('X-RateLimit-Remaining')).toBe('0');
      expect((await call(fileUrl(s, kind, 'path'))).status).toBe(200);
    }
    expect((await call(fileUrl(s, 'actual', 'path'), { token: DEMO_ADMIN_TOKEN })).status).toBe(429);
    expect((await call(fileUrl(s, 'expected'), { token: DEMO_ADMIN_TOKEN })).status).toBe(200);
    resetMockState();
    expect((await call(fileUrl(s, 'actual'))).status).toBe(429);
  });

  it('answers every output of the main run according to its status', { timeout: 60_000 }, async () => {
    const results = await allPages<S['RunSample']>(`/runs/${scenarios.runs.mainFailing}/samples`, 'RunSamplePage');
    const expectedStatus = { pass: 204, fail: 200, missing_expected: 200, missing_output: 404 } as const;
    for (const result of results) {
      for (const { output_id, status: sent } of result.outputs) {
        const output = { output_id, status: sent as OutputStatus };
        const s = {
          runId: scenarios.runs.mainFailing,
          sampleId: result.sample_id ?? 0,
          regressionId: result.regression_test_id,
          outputId: output.output_id,
        };
        if (s.regressionId === scenarios.rateLimited.regressionId) continue;
        const reply = await call(fileUrl(s, 'actual'));
        expect(reply.status, `${result.regression_test_id}/${output.output_id} ${output.status}`).toBe(expectedStatus[output.status]);
        if (reply.status === 200) expectValid('OutputFile', reply.body);
        if (reply.status === 404) expect((reply.body as S['Error']).code).toBe('missing_output');
        const diff = await call(fileUrl(s, 'diff', 'path'));
        if (output.status === 'missing_output') expect(diff.status).toBe(404);
        else {
          expectValid('Diff', diff.body);
          const status = (diff.body as S['Diff']).status;
          expect(status).toBe(
            {
              pass: 'identical',
              fail: s.outputId === scenarios.storageMissing.outputId ? 'missing_actual' : 'different',
              missing_expected: 'missing_expected',
            }[output.status],
          );
        }
      }
    }
  });
});

describe('unknown routes', () => {
  it('answer as the platform server does: a JSON 404 without the X-RateLimit-* headers of every known route', async () => {
    for (const path of ['/no/such/route', '/runs/9461/nope', '/regression-tests/240/outputs']) {
      const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
      expect(response.status, path).toBe(404);
      const body: unknown = await response.json();
      expectValid('Error', body);
      expect(body).toEqual({ code: 'not_found', details: {}, message: 'Resource not found.' });
      for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'])
        expect(response.headers.has(name), `${path} ${name}`).toBe(false);
    }
    // A not_found of a known route does carry them.
    await fails('/runs/9999', 404, 'not_found');
  });
});

describe('acting on a review and what happened in a run', () => {
  async function post(path: string, token: string, body?: unknown): Promise<Reply> {
    const response = await fetch(BASE + path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.headers.get('X-RateLimit-Limit'), path).toBe('120');
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
      text,
      redirected: false,
      url: response.url,
    };
  }
  const s = scenarios.differs;
  const approvalPath = `/runs/${s.runId}/samples/${s.sampleId}/baseline-approval`;
  const approvalBody = { regression_id: s.regressionId, output_id: s.outputId };

  it('demo-admin approves a baseline: the regression test expects the actual file from then on, the run keeps its record', async () => {
    const actual = await ok<S['OutputFile']>(fileUrl(s, 'actual'), 'OutputFile', DEMO_ADMIN_TOKEN);
    const before = await ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest', DEMO_ADMIN_TOKEN);
    const diffBefore = await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff', DEMO_ADMIN_TOKEN);
    const reply = await post(approvalPath, DEMO_ADMIN_TOKEN, approvalBody);
    expect(reply.status, reply.text).toBe(200);
    expectValid('BaselineApproval', reply.body);
    expect(reply.body).toMatchObject({
      status: 'approved',
      run_id: s.runId,
      sample_id: s.sampleId,
      ...approvalBody,
      requested_by: 'Demo Admin',
    });
    const after = await ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest', DEMO_ADMIN_TOKEN);
    const output = after.outputs.find((o) => o.id === s.outputId);
    expect(output?.correct).toBe(actual.sha256);
    expect(output?.correct).not.toBe(before.outputs.find((o) => o.id === s.outputId)?.correct);
    expect(await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff', DEMO_ADMIN_TOKEN)).toEqual(diffBefore);
    // Per token: another session does not see it; a reset forgets it.
    const other = await ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest', DEMO_MAINTAINER_TOKEN);
    expect(other.outputs.find((o) => o.id === s.outputId)?.correct).toBe(before.outputs.find((o) => o.id === s.outputId)?.correct);
    resetMockState();
    expect(await ok(`/regression-tests/${s.regressionId}`, 'RegressionTest', DEMO_ADMIN_TOKEN)).toEqual(before);
  });

  it('refuses an approval as the platform does: scope, role, body, an output without an actual file', async () => {
    const noScope = await post(approvalPath, DEMO_MAINTAINER_TOKEN, approvalBody);
    expect(noScope.status).toBe(403);
    expect(noScope.body).toMatchObject({ code: 'forbidden', details: { missing_scopes: ['baselines:write'] } });
    const contributor = await post(approvalPath, DEMO_CONTRIBUTOR_TOKEN, approvalBody);
    expect(contributor.status).toBe(403);
    const bad = await post(approvalPath, DEMO_ADMIN_TOKEN, { regression_id: s.regressionId });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation_error', details: { fields: { output_id: ['Missing data for required field.'] } } });
    expect((await post(approvalPath, DEMO_ADMIN_TOKEN, { ...approvalBody, extra: 1 })).status).toBe(400);
    const m = scenarios.missingOutput;
    const missing = await post(`/runs/${m.runId}/samples/${m.sampleId}/baseline-approval`, DEMO_ADMIN_TOKEN, {
      regression_id: m.regressionId,
      output_id: m.outputId,
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'not_found', message: 'Result file not found.' });
    for (const reply of [noScope, contributor, bad, missing]) expectValid('Error', reply.body);
  });

  it('restarts a finished run (queued, results cleared) and cancels a running one; no_op and rejected otherwise', async () => {
    const finished = scenarios.runs.windowsPass;
    const restart = await post(`/runs/${finished}/restart`, DEMO_CONTRIBUTOR_TOKEN);
    expect(restart.status).toBe(202);
    expectValid('RunAction', restart.body);
    expect(restart.body).toMatchObject({ run_id: finished, action: 'restart', status: 'accepted' });
    expect((await ok<S['Run']>(`/runs/${finished}`, 'Run', DEMO_CONTRIBUTOR_TOKEN)).status).toBe('queued');
    const summary = await ok<S['RunSummary']>(`/runs/${finished}/summary`, 'RunSummary', DEMO_CONTRIBUTOR_TOKEN);
    expect(summary).toMatchObject({ status: 'queued', pass_count: 0, fail_count: 0, skipped_count: summary.total_samples });
    expect((await ok<S['RunSamplePage']>(`/runs/${finished}/samples`, 'RunSamplePage', DEMO_CONTRIBUTOR_TOKEN)).data).toEqual([]);
    const again = await post(`/runs/${finished}/restart`, DEMO_CONTRIBUTOR_TOKEN);
    expect(again.body).toMatchObject({ status: 'rejected' });
    const cancel = await post(`/runs/${finished}/cancel`, DEMO_CONTRIBUTOR_TOKEN);
    expect(cancel.body).toMatchObject({ action: 'cancel', status: 'accepted' });
    expect((await ok<S['Run']>(`/runs/${finished}`, 'Run', DEMO_CONTRIBUTOR_TOKEN)).status).toBe('canceled');
    const noOp = await post(`/runs/${scenarios.runs.mainFailing}/cancel`, DEMO_ADMIN_TOKEN);
    expect(noOp.body).toEqual({
      run_id: scenarios.runs.mainFailing,
      action: 'cancel',
      status: 'no_op',
      message: 'Run is already in terminal state: fail',
    });
    const progress = await ok<S['ProgressPage']>(`/runs/${finished}/progress`, 'ProgressPage', DEMO_CONTRIBUTOR_TOKEN);
    expect(progress.data.map((e) => e.status)).toEqual(['queued', 'canceled']);
    expect((await post(`/runs/${finished}/restart`, DEMO_MAINTAINER_TOKEN)).status).toBe(403);
    expect((await post(`/runs/${finished}/restart`, DEMO_VIEWER_TOKEN)).status).toBe(403);
  });

  it('serves progress, errors, logs and artifacts in their schemas', async () => {
    const run = scenarios.runs.mainFailing;
    const progress = await ok<S['ProgressPage']>(`/runs/${scenarios.runs.running}/progress`, 'ProgressPage');
    expect(progress.data.at(-1)?.status).toBe('testing');
    const summary = await ok<S['ErrorGroupPage']>(`/runs/${run}/error-summary?group_by=type`, 'ErrorGroupPage');
    const diffs = summary.data.find((g) => g.key === 'diff_mismatch');
    expect(diffs?.count).toBeGreaterThan(0);
    const errors = await allPages<S['RunError']>(`/runs/${run}/errors?type=diff_mismatch`, 'RunErrorPage');
    expect(errors).toHaveLength(diffs?.count ?? -1);
    await fails(`/runs/${run}/errors?type=nope`, 400, 'validation_error');
    const artifacts = await ok<S['ArtifactPage']>(`/runs/${run}/artifacts`, 'ArtifactPage');
    expect(artifacts.data.map((a) => a.type)).toEqual(['build_log', 'binary', 'coredump']);

    const logs = `/runs/${run}/samples/${scenarios.differs.sampleId}/logs`;
    await fails(logs, 403, 'forbidden');
    const first = await ok<S['LogLines']>(logs, 'LogLines', DEMO_ADMIN_TOKEN);
    expect(first.data).toHaveLength(50);
    const cursor = first.pagination.next_cursor;
    expect(cursor).toBeGreaterThan(0);
    const older = await ok<S['LogLines']>(`${logs}?cursor=${cursor}&limit=100`, 'LogLines', DEMO_ADMIN_TOKEN);
    expect(Date.parse(older.data.at(-1)?.timestamp ?? '')).toBeLessThan(Date.parse(first.data[0]?.timestamp ?? ''));
    const errorsOnly = await ok<S['LogLines']>(`${logs}?level=error`, 'LogLines', DEMO_ADMIN_TOKEN);
    expect(errorsOnly.data.every((line) => line.level === 'error')).toBe(true);
    const platform = await fails(`/runs/9473/samples/1/logs`, 404, 'not_found', DEMO_ADMIN_TOKEN);
    expect(platform.details).toEqual({ reason: 'Per-sample log storage is not yet supported by the CI worker.' });
  });
});

// The platform-style runs (data/platform-runs.ts): each answers the way the recorded platform server does
// (/work/shared/real-api), and every JSON body still satisfies the OpenAPI file (strict ajv).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { createAjv, schemaRef } from '../../../scripts/lib/api-schema';
import { resetMockState } from './handlers';
import { server, TEST_API_BASE_URL as BASE } from './node';
import { scenarios, type FileScenario } from './scenarios';
import { DEMO_MAINTAINER_TOKEN } from './tokens';

type S = components['schemas'];
type Kind = 'actual' | 'expected' | 'diff';
type Style = 'query' | 'path';

const ajv = createAjv(readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'));
const P = scenarios.platform;
const API_PATH = new URL(BASE).pathname;

function expectValid(schema: string, body: unknown): void {
  const validate = ajv.getSchema(schemaRef(schema));
  if (!validate) throw new Error(`no schema ${schema}`);
  if (!validate(body)) throw new Error(`${schema} violates the OpenAPI schema: ${ajv.errorsText(validate.errors)}`);
}

type Reply = { status: number; headers: Headers; body: unknown; text: string; redirected: boolean; url: string };

async function call(
  path: string,
  { redirect = 'follow', token = DEMO_MAINTAINER_TOKEN }: { redirect?: RequestRedirect; token?: string | null } = {},
): Promise<Reply> {
  const response = await fetch(path.startsWith('http') ? path : BASE + path, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    redirect,
  });
  const text = await response.text();
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

/** Every answer of a known route carries the rate-limit budget, errors included. */
function expectRateLimitHeaders(reply: Reply, path: string): void {
  expect(reply.headers.get('X-RateLimit-Limit'), path).toBe('120');
  expect(reply.headers.get('X-RateLimit-Remaining'), path).toMatch(/^\d+$/);
  expect(reply.headers.get('X-RateLimit-Reset'), path).toMatch(/^\d+$/);
}

async function ok<T>(path: string, schema: string): Promise<T> {
  const reply = await call(path);
  expect(reply.status, `${path}: ${reply.text.slice(0, 200)}`).toBe(200);
  expectRateLimitHeaders(reply, path);
  expectValid(schema, reply.body);
  return reply.body as T;
}

/** The real server's 404: `not_found`, `details: {}`, this message, and the rate-limit headers of a known route. */
async function notFound(path: string, message: string): Promise<void> {
  const reply = await call(path);
  expect(reply.status, `${path}: ${reply.text.slice(0, 200)}`).toBe(404);
  expectRateLimitHeaders(reply, path);
  expectValid('Error', reply.body);
  expect(reply.body, path).toEqual({ code: 'not_found', details: {}, message });
}

function fileUrl(s: FileScenario, kind: Kind, style: Style = 'path', query = ''): string {
  if (style === 'query')
    return `/runs/${s.runId}/samples/${s.sampleId}/${kind}?regression_id=${s.regressionId}&output_id=${s.outputId}${query ? `&${query}` : ''}`;
  return `/runs/${s.runId}/samples/${s.sampleId}/regression-tests/${s.regressionId}/outputs/${s.outputId}/${kind}${query ? `?${query}` : ''}`;
}

const bytesOf = (file: S['OutputFile']) =>
  file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const result = (s: FileScenario) => ok<S['RunSample']>(`/runs/${s.runId}/samples/${s.regressionId}`, 'RunSample');
const regressionTest = (s: FileScenario) => ok<S['RegressionTest']>(`/regression-tests/${s.regressionId}`, 'RegressionTest');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockState());
afterAll(() => server.close());

describe('the platform-style runs in the runs list', () => {
  it('are listed by created_at among the older runs, leaving the newest run and the first page as they were', async () => {
    const first = await ok<S['RunPage']>('/runs', 'RunPage');
    expect(first.pagination.total).toBe(scenarios.runs.total);
    expect(first.data[0]?.run_id).toBe(scenarios.runs.newest);
    expect(first.data.map((r) => r.run_id).filter((id) => id === P.runId || id === P.errorRunId)).toEqual([]);
    const rest = await ok<S['RunPage']>('/runs?offset=50&limit=100', 'RunPage');
    const ids = rest.data.map((r) => r.run_id);
    expect(ids).toContain(P.runId);
    expect(ids).toContain(P.errorRunId);
    expect(ids.at(-1)).toBe(scenarios.runs.oldest);
    const created = [...first.data, ...rest.data].map((r) => Date.parse(r.created_at ?? ''));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('can be filtered by the status error, their commit, branch and version', async () => {
    const errors = await ok<S['RunPage']>('/runs?status=error', 'RunPage');
    expect(errors.data.map((r) => r.run_id)).toEqual([P.errorRunId]);
    const run = await ok<S['Run']>(`/runs/${P.runId}`, 'Run');
    expect((await ok<S['RunPage']>(`/runs?commit_sha=${run.commit_sha}`, 'RunPage')).data.map((r) => r.run_id)).toEqual([P.runId]);
    expect((await ok<S['RunPage']>('/runs?branch=master&limit=100', 'RunPage')).data.map((r) => r.run_id)).toContain(P.runId);
    expect((await ok<S['RunPage']>('/runs?ccx_version=0.94&limit=100', 'RunPage')).data.map((r) => r.run_id)).toEqual(
      expect.arrayContaining([P.runId, P.errorRunId]),
    );
  });
});

describe('run 9473, a master commit that fails (the recorded run 1)', () => {
  it('is a commit run on master with a summary counted as the real server counts', async () => {
    const run = await ok<S['Run']>(`/runs/${P.runId}`, 'Run');
    expect(run).toMatchObject({
      status: 'fail',
      platform: 'linux',
      test_type: 'commit',
      branch: 'master',
      pr_number: null,
      repository: 'CCExtractor/ccextractor',
    });
    expect(run.github_link).toBe(`https://github.com/CCExtractor/ccextractor/commit/${run.commit_sha}`);
    const summary = await ok<S['RunSummary']>(`/runs/${P.runId}/summary`, 'RunSummary');
    // error_count counts every result that is not a pass; duration_ms is the sum of the runtimes.
    expect(summary).toEqual({
      run_id: P.runId,
      status: 'fail',
      total_samples: 6,
      pass_count: 2,
      fail_count: 3,
      skipped_count: 0,
      missing_output_count: 1,
      error_count: 4,
      duration_ms: 4750,
    });
  });

  it('lists six results by regression test id, in a page with meta, filtered and paged', async () => {
    const page = await ok<S['RunSamplePage'] & { meta: object }>(`/runs/${P.runId}/samples`, 'RunSamplePage');
    expect(page.meta).toEqual({});
    expect(page.pagination).toEqual({ limit: 50, offset: 0, total: 6, next_offset: null });
    const order = [P.differs, P.matched, P.missingOutput, P.expectedLost, P.variant, P.exitCode];
    expect(page.data.map((r) => r.regression_test_id)).toEqual(order.map((s) => s.regressionId));
    expect(page.data.map((r) => r.status)).toEqual(['fail', 'pass', 'missing_output', 'fail', 'pass', 'fail']);
    for (const r of page.data) expectValid('RunSample', r);
    const second = await ok<S['RunSamplePage']>(`/runs/${P.runId}/samples?limit=4&offset=4`, 'RunSamplePage');
    expect(second.pagination).toEqual({ limit: 4, offset: 4, total: 6, next_offset: null });
    expect(
      (await ok<S['RunSamplePage']>(`/runs/${P.runId}/samples?status=missing_output`, 'RunSamplePage')).data.map(
        (r) => r.regression_test_id,
      ),
    ).toEqual([P.missingOutput.regressionId]);
    expect(
      (await ok<S['RunSamplePage']>(`/runs/${P.runId}/samples?category=teletext`, 'RunSamplePage')).data.map((r) => r.regression_test_id),
    ).toEqual([P.differs.regressionId]);
    expect((await call(`/runs/${P.runId}/samples?status=failed`)).status).toBe(400);
  });

  it('uses distinct numbers for its sample, regression test and output ids, none the catalog or another fixture uses', () => {
    const cases = [P.differs, P.matched, P.missingOutput, P.expectedLost, P.variant, P.exitCode];
    const samples = new Set(cases.map((s) => s.sampleId));
    const tests = new Set(cases.map((s) => s.regressionId));
    const outputs = new Set(cases.map((s) => s.outputId));
    expect(tests.size).toBe(6);
    expect(outputs.size).toBe(6);
    expect(samples.size).toBe(5);
    const all = [...samples, ...tests, ...outputs];
    expect(new Set(all).size).toBe(all.length);
    // The catalog: samples 1–145, regression tests 201–454, outputs 1001–1251; hostile 901–907 and 9001–9007; large 900, 9000, 9001–9008.
    for (const id of all) expect(id > 907 && id < 1001, String(id)).toBe(true);
    expect(cases.every((s) => s.runId === P.runId)).toBe(true);
  });

  it('a differing SubRip output: a timing change, changed text and an extra cue', async () => {
    const s = P.differs;
    expect(await result(s)).toMatchObject({
      status: 'fail',
      exit_code: 0,
      expected_rc: 0,
      outputs: [{ output_id: s.outputId, filename: expect.stringMatching(/^[0-9a-f]{64}\.srt$/), status: 'fail' }],
    });
    for (const style of ['query', 'path'] as const) {
      const base64 = await ok<S['OutputFile']>(fileUrl(s, 'actual', style), 'OutputFile');
      expect(base64).toMatchObject({
        run_id: P.runId,
        sample_id: s.sampleId,
        regression_id: s.regressionId,
        output_id: s.outputId,
        encoding: 'base64',
        storage_status: 'degraded',
        download_url: null,
        truncated: false,
        content_type: 'application/octet-stream',
      });
      const text = await ok<S['OutputFile']>(fileUrl(s, 'actual', style, 'format=text'), 'OutputFile');
      expect(text.encoding).toBe('utf-8');
      expect(bytesOf(text).equals(bytesOf(base64))).toBe(true);
      expect(text.sha256).toBe(sha256(bytesOf(text)));
      expect(text.filename).toBe(`${text.sha256}.srt`);
      const expected = await ok<S['OutputFile']>(fileUrl(s, 'expected', style, 'format=text'), 'OutputFile');
      // The real server names the run on /expected too.
      expect(expected.run_id).toBe(P.runId);
      expect((await regressionTest(s)).outputs[0]?.correct).toBe(expected.sha256);

      const diff = await ok<S['Diff'] & { format: string }>(fileUrl(s, 'diff', style), 'Diff');
      expect(diff).toMatchObject({ format: 'structured', status: 'different' });
      const changed = diff.hunks.flatMap((h) => h.lines).filter((l) => l.kind !== 'context');
      expect(changed.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual([
        '00:00:03,520 --> 00:00:06,000',
        'The weather will be fine.',
      ]);
      expect(changed.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual([
        '00:00:03,520 --> 00:00:06,200',
        'The weather will be fine!',
        '',
        '6',
        '00:00:13,640 --> 00:00:15,000',
        '[ MUSIC ]',
      ]);
      expect(diff.summary).toEqual({ added_lines: 6, removed_lines: 2, changed_hunks: diff.hunks.length });
      const unified = await ok<S['UnifiedDiff']>(fileUrl(s, 'diff', style, 'format=unified'), 'UnifiedDiff');
      expect(unified.content).toMatch(/^--- expected\n\+\+\+ actual\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
      expect(unified.content).toContain('\n+[ MUSIC ]');
      expect(unified.content.endsWith('\n')).toBe(false);
    }
  });

  it('a matched output: path-style /actual is a 303 with a relative Location naming /expected; query-style 204', async () => {
    const s = P.matched;
    expect(await result(s)).toMatchObject({ status: 'pass', outputs: [{ output_id: s.outputId, status: 'pass' }] });
    for (const [query, format] of [
      ['format=text', 'text'],
      ['', 'base64'],
    ] as const) {
      const path = fileUrl(s, 'actual', 'path', query);
      const redirect = await call(path, { redirect: 'manual' });
      expect(redirect.status).toBe(303);
      expectRateLimitHeaders(redirect, path);
      const location = redirect.headers.get('Location') ?? '';
      // Relative to the origin, the query kept (and the format named even when the request did not name it).
      expect(location).toBe(`${API_PATH}${fileUrl(s, 'expected', 'path')}?format=${format}`);
      expect(location.startsWith('/')).toBe(true);
      expect(redirect.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(redirect.text).toContain(`<a href="${location}">`);

      const followed = await call(path);
      expect(followed.redirected).toBe(true);
      expect(followed.status).toBe(200);
      expect(followed.url).toBe(`${new URL(BASE).origin}${location}`);
      expectValid('OutputFile', followed.body);
      expect(followed.body).toMatchObject({ run_id: P.runId, encoding: format === 'text' ? 'utf-8' : 'base64' });

      const query204 = await call(fileUrl(s, 'actual', 'query', query));
      expect(query204.status).toBe(204);
      expect(query204.text).toBe('');
    }
    for (const style of ['query', 'path'] as const) {
      expect(await ok<S['Diff']>(fileUrl(s, 'diff', style), 'Diff')).toMatchObject({
        status: 'identical',
        hunks: [],
        summary: { added_lines: 0, removed_lines: 0, changed_hunks: 0 },
      });
      expect((await ok<S['UnifiedDiff']>(fileUrl(s, 'diff', style, 'format=unified'), 'UnifiedDiff')).content).toBe('');
    }
  });

  it('a missing output: outputs [], three 404 not_found "No result for regression test N." with rate-limit headers in both styles', async () => {
    const s = P.missingOutput;
    expect(await result(s)).toMatchObject({ status: 'missing_output', exit_code: 0, outputs: [] });
    for (const style of ['query', 'path'] as const) {
      for (const kind of ['actual', 'expected', 'diff'] as const) {
        await notFound(fileUrl(s, kind, style), `No result for regression test ${s.regressionId}.`);
        await notFound(
          fileUrl(s, kind, style, kind === 'diff' ? 'format=unified' : 'format=text'),
          `No result for regression test ${s.regressionId}.`,
        );
      }
    }
    // The regression test still lists the output, and the baseline download leads to its expected file.
    const test = await regressionTest(s);
    expect(test.outputs).toEqual([
      {
        id: s.outputId,
        correct: expect.stringMatching(/^[0-9a-f]{64}$/),
        correct_extension: '.txt',
        expected_filename: `_out${s.outputId}`,
        ignore: false,
        variants: [],
      },
    ]);
    const download = await ok<S['FileDownload']>(`/regression-tests/${s.regressionId}/outputs/${s.outputId}/download`, 'FileDownload');
    expect(download).toEqual({
      filename: `${test.outputs[0]?.correct}.txt`,
      download_url: `${BASE}/downloads/outputs/${s.outputId}/expected`,
      storage_status: 'degraded',
    });
    const file = await fetch(download.download_url ?? '');
    expect(file.status).toBe(200);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(sha256(bytes)).toBe(test.outputs[0]?.correct);
    expect(new TextDecoder().decode(bytes)).toMatch(/^\d\d:\d\d:\d\d,\d{3}\|\d\d:\d\d:\d\d,\d{3}\|POP\|/);
    await notFound(
      `/regression-tests/${s.regressionId}/outputs/${P.differs.outputId}/download`,
      `Output ${P.differs.outputId} not found for regression test ${s.regressionId}.`,
    );
  });

  it('an expected file lost from storage: /expected and /diff 404 not_found, /actual 200, the result fail', async () => {
    const s = P.expectedLost;
    expect(await result(s)).toMatchObject({ status: 'fail', outputs: [{ output_id: s.outputId, status: 'fail' }] });
    for (const style of ['query', 'path'] as const) {
      await notFound(fileUrl(s, 'expected', style), 'Expected output file not found on disk.');
      await notFound(fileUrl(s, 'diff', style), 'Expected output file not found on disk.');
      await notFound(fileUrl(s, 'diff', style, 'format=unified'), 'Expected output file not found on disk.');
      const actual = await ok<S['OutputFile']>(fileUrl(s, 'actual', style, 'format=text'), 'OutputFile');
      expect(actual.content.length).toBeGreaterThan(0);
      expect(actual.sha256).toBe(sha256(bytesOf(actual)));
    }
    const test = await regressionTest(s);
    expect(test.outputs[0]?.correct).toMatch(/^[0-9a-f]{64}$/);
    const download = await ok<S['FileDownload']>(`/regression-tests/${s.regressionId}/outputs/${s.outputId}/download`, 'FileDownload');
    expect(download).toMatchObject({ download_url: null, storage_status: 'missing' });
    expect((await fetch(`${BASE}/downloads/outputs/${s.outputId}/expected`)).status).toBe(404);
  });

  it('an accepted variant: the result passes, its output reads fail, the diff is different, the sha256 is a variant hash', async () => {
    const s = P.variant;
    expect(await result(s)).toMatchObject({ status: 'pass', outputs: [{ output_id: s.outputId, status: 'fail' }] });
    const test = await regressionTest(s);
    const hashes = test.outputs[0]?.variants.map((v) => v.hash) ?? [];
    for (const style of ['query', 'path'] as const) {
      const actual = await ok<S['OutputFile']>(fileUrl(s, 'actual', style), 'OutputFile');
      expect(actual.sha256).toBe(sha256(bytesOf(actual)));
      expect(hashes).toContain(actual.sha256);
      expect(actual.sha256).not.toBe(test.outputs[0]?.correct);
      expect((await ok<S['Diff']>(fileUrl(s, 'diff', style), 'Diff')).status).toBe('different');
      expect((await ok<S['OutputFile']>(fileUrl(s, 'expected', style), 'OutputFile')).sha256).toBe(test.outputs[0]?.correct);
    }
  });

  it('a result failing on its exit code (3, expected 0) whose output matched: 303 / 204 and an identical diff', async () => {
    const s = P.exitCode;
    expect(await result(s)).toMatchObject({
      status: 'fail',
      exit_code: 3,
      expected_rc: 0,
      outputs: [{ output_id: s.outputId, filename: expect.stringMatching(/\.vtt$/), status: 'pass' }],
    });
    expect((await call(fileUrl(s, 'actual', 'path'), { redirect: 'manual' })).headers.get('Location')).toBe(
      `${API_PATH}${fileUrl(s, 'expected', 'path')}?format=base64`,
    );
    expect((await call(fileUrl(s, 'actual', 'query'))).status).toBe(204);
    expect((await ok<S['Diff']>(fileUrl(s, 'diff'), 'Diff')).status).toBe('identical');
    expect(s.sampleId).toBe(P.variant.sampleId);
  });

  it('serves its samples and their history with the real failure signatures', async () => {
    const shared = await ok<S['Sample']>(`/samples/${P.variant.sampleId}`, 'Sample');
    expect(shared).toMatchObject({ sample_id: P.variant.sampleId, regression_test_count: 2, active: true });
    expect(shared.filename).toBe(`${shared.sha}.${shared.extension}`);
    const history = await ok<S['HistoryPage']>(`/samples/${P.variant.sampleId}/history`, 'HistoryPage');
    expect(history.data.map((e) => [e.run_id, e.regression_test_id, e.status, e.failure_signature])).toEqual([
      [P.runId, P.variant.regressionId, 'pass', null],
      [P.runId, P.exitCode.regressionId, 'fail', 'exit_code_mismatch:rc:3'],
    ]);
    expect((await ok<S['HistoryPage']>(`/samples/${P.differs.sampleId}/history`, 'HistoryPage')).data[0]?.failure_signature).toBe(
      `diff_mismatch:output:${P.differs.outputId}`,
    );
    expect((await ok<S['HistoryPage']>(`/samples/${P.missingOutput.sampleId}/history`, 'HistoryPage')).data[0]).toMatchObject({
      status: 'missing_output',
      failure_signature: 'missing_output',
    });
    expect(
      (await ok<S['HistoryPage']>(`/samples/${P.variant.sampleId}/history?regression_test_id=${P.exitCode.regressionId}`, 'HistoryPage'))
        .data,
    ).toHaveLength(1);
  });

  it('answers ids that are not its own with the real server 404s, and the regular runs do not know its ids', async () => {
    const wrong = { ...P.differs, sampleId: P.matched.sampleId };
    await notFound(fileUrl(wrong, 'actual'), `Regression test ${P.differs.regressionId} does not belong to sample ${P.matched.sampleId}.`);
    await notFound(
      `/runs/${P.runId}/samples/${scenarios.differs.regressionId}`,
      `Regression test ${scenarios.differs.regressionId} not found in run ${P.runId}.`,
    );
    await notFound(fileUrl({ ...scenarios.differs, runId: P.runId }, 'actual'), `Sample ${scenarios.differs.sampleId} not found.`);
    await notFound(
      fileUrl({ ...P.differs, outputId: P.matched.outputId }, 'actual'),
      `Output ${P.matched.outputId} not found for regression test ${P.differs.regressionId}.`,
    );
    expect((await call(fileUrl({ ...P.differs, runId: scenarios.runs.mainFailing }, 'actual'))).status).toBe(404);
    expect((await call(`/runs/${scenarios.runs.mainFailing}/samples/${P.differs.regressionId}`)).status).toBe(404);
  });
});

describe('run 9474, a pull request that completed with no results (the recorded run 3)', () => {
  it('says error in the run and its summary, and lists no results', async () => {
    const run = await ok<S['Run']>(`/runs/${P.errorRunId}`, 'Run');
    expect(run).toMatchObject({ status: 'error', test_type: 'pr', platform: 'linux' });
    expect(run.github_link).toBe(`https://github.com/CCExtractor/ccextractor/pull/${run.pr_number}`);
    expect(run.completed_at).not.toBeNull();
    const summary = await ok<S['RunSummary']>(`/runs/${P.errorRunId}/summary`, 'RunSummary');
    // As recorded: no counts but `skipped`, which counts every regression test, while the list is empty.
    expect(summary).toEqual({
      run_id: P.errorRunId,
      status: 'error',
      total_samples: 6,
      pass_count: 0,
      fail_count: 0,
      skipped_count: 6,
      missing_output_count: 0,
      error_count: 0,
      duration_ms: null,
    });
    const page = await ok<S['RunSamplePage'] & { meta: object }>(`/runs/${P.errorRunId}/samples`, 'RunSamplePage');
    expect(page).toEqual({ data: [], pagination: { limit: 50, offset: 0, total: 0, next_offset: null }, meta: {} });
    await notFound(
      `/runs/${P.errorRunId}/samples/${P.differs.regressionId}`,
      `Regression test ${P.differs.regressionId} not found in run ${P.errorRunId}.`,
    );
    await notFound(fileUrl({ ...P.differs, runId: P.errorRunId }, 'actual'), `No result for regression test ${P.differs.regressionId}.`);
    // Not in any sample's history.
    const history = await ok<S['HistoryPage']>(`/samples/${P.differs.sampleId}/history`, 'HistoryPage');
    expect(history.data.map((e) => e.run_id)).toEqual([P.runId]);
  });
});

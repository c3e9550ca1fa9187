// The hostile runs: every answer is valid against the OpenAPI file (so the payloads reach the screens), the
// payloads are really there, and the rest of the demo does not see them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { createAjv, schemaRef } from '../../../scripts/lib/api-schema';
import { HOSTILE_TESTS, PAYLOADS } from './data/hostile';
import { server, TEST_API_BASE_URL as BASE } from './node';
import { scenarios, type FileScenario } from './scenarios';
import { DEMO_MAINTAINER_TOKEN } from './tokens';

type S = components['schemas'];
const ajv = createAjv(readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8'));
const h = scenarios.hostile;

async function get(path: string, redirect: RequestRedirect = 'follow') {
  const response = await fetch(BASE + path, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` }, redirect });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null, headers: response.headers };
}

async function ok<T>(path: string, schema: string): Promise<T> {
  const reply = await get(path);
  expect(reply.status, path).toBe(200);
  const validate = ajv.getSchema(schemaRef(schema));
  if (!validate?.(reply.body)) throw new Error(`${path}: ${schema} ${ajv.errorsText(validate?.errors)}`);
  return reply.body as T;
}

const fileUrl = (s: FileScenario, kind: string, style: 'query' | 'path' = 'query', query = '') =>
  style === 'query'
    ? `/runs/${s.runId}/samples/${s.sampleId}/${kind}?regression_id=${s.regressionId}&output_id=${s.outputId}${query ? `&${query}` : ''}`
    : `/runs/${s.runId}/samples/${s.sampleId}/regression-tests/${s.regressionId}/outputs/${s.outputId}/${kind}${query ? `?${query}` : ''}`;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('the hostile runs', () => {
  it('stay out of the regular runs list, and appear when filtered by their branch or commit', async () => {
    const all = await ok<S['RunPage']>('/runs?limit=100', 'RunPage');
    expect(all.pagination.total).toBe(scenarios.runs.total);
    expect(all.data.some((run) => run.run_id === h.runId)).toBe(false);
    const byBranch = await ok<S['RunPage']>(`/runs?branch=${encodeURIComponent(h.branch)}`, 'RunPage');
    expect(byBranch.data.map((run) => run.run_id)).toEqual([h.forkRunId, h.runId]);
    const bySha = await ok<S['RunPage']>(`/runs?commit_sha=${h.commitSha}&platform=linux`, 'RunPage');
    expect(bySha.data.map((run) => run.run_id)).toEqual([h.runId]);
  });

  it('carry payloads in the run and still satisfy the contract', async () => {
    const run = await ok<S['Run']>(`/runs/${h.runId}`, 'Run');
    expect(run).toMatchObject({ github_link: PAYLOADS.javascriptUrl, branch: h.branch, pr_number: h.prNumber });
    const fork = await ok<S['Run']>(`/runs/${h.forkRunId}`, 'Run');
    expect(fork.repository).toContain(PAYLOADS.img);
    const summary = await ok<S['RunSummary']>(`/runs/${h.runId}/summary`, 'RunSummary');
    const results = await ok<S['RunSamplePage']>(`/runs/${h.runId}/samples?limit=100`, 'RunSamplePage');
    expect(summary.total_samples).toBe(results.data.length);
    expect(summary.fail_count).toBe(results.data.filter((r) => r.status === 'fail').length);
    const text = JSON.stringify(results.data);
    for (const payload of Object.values(PAYLOADS)) expect(text).toContain(JSON.stringify(payload).slice(1, -1));
    expect(results.data.some((r) => r.sample_name?.length === 255)).toBe(true);
    expect(results.data.some((r) => r.command?.length === 2000)).toBe(true);
    expect(results.data.some((r) => r.outputs.some((o) => o.filename.length === 255))).toBe(true);
    await ok(`/runs/${h.runId}/samples/${h.differs.regressionId}`, 'RunSample');
  });

  it('serve samples, regression tests and history with payloads', async () => {
    for (const test of HOSTILE_TESTS) {
      const sample = await ok<S['Sample']>(`/samples/${test.sample.id}`, 'Sample');
      expect(sample.original_name).toBe(test.sample.name);
      const rt = await ok<S['RegressionTest']>(`/regression-tests/${test.id}`, 'RegressionTest');
      expect(rt.description).toBe(test.description);
      const history = await ok<S['HistoryPage']>(`/samples/${test.sample.id}/history`, 'HistoryPage');
      expect(history.data.map((e) => e.run_id)).toEqual([h.runId, h.forkRunId]);
    }
  });

  it('serve every file state, in both route styles', async () => {
    for (const style of ['query', 'path'] as const) {
      const actual = await ok<S['OutputFile']>(fileUrl(h.differs, 'actual', style, 'format=text'), 'OutputFile');
      expect(actual.content).toContain(PAYLOADS.script);
      expect(actual.content).toContain('N'.repeat(9_995));
      const diff = await ok<S['Diff']>(fileUrl(h.differs, 'diff', style), 'Diff');
      expect(diff.status).toBe('different');
      expect(diff.hunks.flatMap((hunk) => hunk.lines).some((line) => line.text.includes(PAYLOADS.img))).toBe(true);
      await ok(fileUrl(h.differs, 'expected', style), 'OutputFile');

      const failed = await get(fileUrl(h.diffError, 'diff', style));
      expect(failed.status).toBe(422);
      expect(ajv.getSchema(schemaRef('Error'))?.(failed.body)).toBe(true);
      expect((failed.body as S['Error']).message).toContain(PAYLOADS.img);

      const missing = await get(fileUrl(h.bidiMissing, 'actual', style));
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'missing_output' });
      expect((await get(fileUrl(h.bidiMissing, 'diff', style))).status).toBe(404);

      const matched = await get(fileUrl(h.controlMatched, 'actual', style), 'manual');
      expect(matched.status).toBe(style === 'query' ? 204 : 303);
      expect((await ok<S['Diff']>(fileUrl(h.controlMatched, 'diff', style), 'Diff')).status).toBe('identical');
      // The NULs of the control characters keep the server from calling the file text.
      expect((await ok<S['OutputFile']>(fileUrl(h.controlMatched, 'expected', style, 'format=text'), 'OutputFile')).encoding).toBe(
        'base64',
      );

      const markdown = await ok<S['OutputFile']>(fileUrl(h.markdown, 'actual', style, 'format=text'), 'OutputFile');
      expect(markdown).toMatchObject({ truncated: true, download_url: PAYLOADS.javascriptUrl });

      expect((await get(fileUrl(h.javascriptName, 'expected', style))).body).toMatchObject({ code: 'missing_expected' });
      expect((await ok<S['Diff']>(fileUrl(h.javascriptName, 'diff', style), 'Diff')).status).toBe('missing_expected');
      await ok(fileUrl(h.long, 'diff', style), 'Diff');
    }
  });

  it('answer 404 for ids that are not theirs', async () => {
    expect((await get(fileUrl({ ...h.differs, sampleId: 31 }, 'actual'))).body).toMatchObject({
      code: 'not_found',
      details: { resource: 'sample' },
    });
    expect((await get(fileUrl({ ...h.differs, outputId: 9002 }, 'actual'))).body).toMatchObject({ details: { resource: 'output' } });
    expect((await get(`/runs/${h.runId}/samples/240`)).status).toBe(404);
    // The regular runs do not know the hostile samples.
    expect((await get(fileUrl({ ...h.differs, runId: scenarios.runs.mainFailing }, 'actual'))).status).toBe(404);
  });
});

// Runs: the list (filtered, sorted and paged), one run, its summary, its results and one result.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { PLATFORMS, RESULT_STATUSES, RUN_SORTS, RUN_STATUSES, type ResultStatus, type Run } from '../data/api-types';
import { getCatalog } from '../data/catalog';
import { listedHostileRuns } from '../data/hostile';
import { getOutcome, runResults, runSummary, toRunSample } from '../data/outcomes';
import { listedPlatformRuns } from '../data/platform-runs';
import { notFound, paginate, Params, pathId, pathIds } from '../data/request-params';
import { findRun, getRuns, type RunDef } from '../data/runs';
import { SCOPES } from '../tokens';
import { endpoint, type Context } from './endpoint';
import { requireTest } from './samples';
import { runAsWritten, runWrite } from './write-state';

export function requireRun(id: number): RunDef {
  const def = findRun(id);
  if (!def) throw notFound('run', id);
  return def;
}

function listRuns({ url, token }: Context): Response {
  const p = new Params(url.searchParams);
  const { limit, offset } = p.page();
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
      const run = runAsWritten(token, def.run);
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
    .map((def) => runAsWritten(token, def.run));
  const key = sort.replace('-', '') === 'run_id' ? (run: Run) => run.run_id : created;
  const direction = sort.startsWith('-') ? -1 : 1;
  runs.sort((a, b) => direction * (key(a) - key(b)) || direction * (a.run_id - b.run_id));
  return HttpResponse.json(paginate(runs, limit, offset));
}

/** What a result is filtered by. */
export type ResultFacts = {
  status: ResultStatus;
  sampleName: string | undefined;
  tags: readonly string[] | undefined;
  categories: readonly string[];
};

/** The page and filters of a run's results (status, sample name, tag, category); the caller checks the parameters. */
export function resultsQuery(p: Params) {
  const { limit, offset } = p.page();
  const status = p.oneOf('status', RESULT_STATUSES);
  const name = p.text('name', 255)?.toLowerCase() ?? null;
  const tag = p.text('tag', 100)?.toLowerCase() ?? null;
  const category = p.text('category', 100)?.toLowerCase() ?? null;
  const matches = (result: ResultFacts) =>
    (!status || result.status === status) &&
    (name === null || !!result.sampleName?.toLowerCase().includes(name)) &&
    (tag === null || !!result.tags?.some((t) => t.toLowerCase() === tag)) &&
    (category === null || result.categories.some((c) => c.toLowerCase() === category));
  return { limit, offset, matches };
}

function listRunSamples({ url, params, token }: Context): Response {
  const p = new Params(url.searchParams);
  const runId = p.id('run_id', params.run_id);
  const { limit, offset, matches } = resultsQuery(p);
  p.check();
  requireRun(runId);
  const catalog = getCatalog();
  // A restarted run has no results until it runs again.
  const results = (runWrite(token, runId)?.cleared ? [] : runResults(runId))
    .filter((outcome) => {
      const sample = catalog.sample(outcome.test.sampleId);
      return matches({ status: outcome.status, sampleName: sample?.originalName, tags: sample?.tags, categories: outcome.test.categories });
    })
    .map(toRunSample);
  return HttpResponse.json(paginate(results, limit, offset));
}

/** The summary as the token's writes left the run: a restarted run counts every test as skipped, as the platform does. */
function writtenSummary(token: string | null, def: RunDef) {
  const summary = runSummary(def);
  const write = runWrite(token, def.run.run_id);
  if (!write) return summary;
  if (!write.cleared) return { ...summary, status: write.status };
  const none = { pass_count: 0, fail_count: 0, missing_output_count: 0, duration_ms: null };
  return { ...summary, ...none, status: write.status, skipped_count: summary.total_samples };
}

export function runHandlers(base: string): HttpHandler[] {
  const runs = SCOPES.runs;
  return [
    http.get(`${base}/runs`, endpoint(runs, listRuns)),
    http.get(
      `${base}/runs/:run_id`,
      endpoint(runs, ({ params, token }) => HttpResponse.json(runAsWritten(token, requireRun(pathId('run_id', params.run_id)).run))),
    ),
    http.get(
      `${base}/runs/:run_id/summary`,
      endpoint(runs, ({ params, token }) => HttpResponse.json(writtenSummary(token, requireRun(pathId('run_id', params.run_id))))),
    ),
    http.get(`${base}/runs/:run_id/samples`, endpoint(runs, listRunSamples)),
    http.get(
      `${base}/runs/:run_id/samples/:regression_test_id`,
      endpoint(runs, ({ params, token }) => {
        const { run_id: runId, regression_test_id: testId } = pathIds(params, 'run_id', 'regression_test_id');
        requireRun(runId);
        const result = toRunSample(getOutcome(runId, requireTest(testId).id));
        if (runWrite(token, runId)?.cleared)
          return HttpResponse.json({ ...result, status: 'not_started', runtime_ms: null, exit_code: null, outputs: [] });
        return HttpResponse.json(result);
      }),
    ),
  ];
}
